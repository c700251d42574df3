using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Teams;

[Collection(BotCollection.Name)]
public sealed class BadInputTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;
    private readonly LoopbackConnector connector = fixture.Connector;
    private IGroupStore Groups => bot.Services.GetRequiredService<IGroupStore>();
    private IMemberStore Members => bot.Services.GetRequiredService<IMemberStore>();

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"message\",\"text\":\"help\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":\"oops\"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"2026-11-29T02:08:39+20:00\"}")] // no such offset (found by the fuzzer: was a 500)
    public async Task A_body_that_is_not_a_teams_activity_is_a_400(string body)
    {
        var before = connector.Calls.Count;

        var response = await bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, connector.Calls.Count);
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("recipient")]
    [InlineData("serviceUrl")]
    [InlineData("type")]
    public async Task An_install_missing_a_required_part_is_a_400_and_creates_nothing(string part)
    {
        var world = fixture.NewWorld();

        var response = await bot.SendAsync(world.TeamInstall(by: world.Anna).Without(part));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await Groups.FindAsync(new GroupKey(world.TenantId, world.TeamId), default));
        Assert.Empty(connector.MessagesTo(world.ChannelId));
    }

    [Fact]
    public async Task An_activity_naming_two_different_tenants_is_a_400()
    {
        var world = fixture.NewWorld();
        var install = world.TeamInstall(by: world.Anna);
        install["channelData"]!["tenant"]!["id"] = Guid.NewGuid().ToString();

        var response = await bot.SendAsync(install);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await Groups.FindAsync(new GroupKey(world.TenantId, world.TeamId), default));
    }

    [Fact]
    public async Task Huge_bodies_are_each_answered_413()
    {
        var world = fixture.NewWorld();
        var huge = world.PersonalMessage(world.Anna, new string('x', 2_000_000)).ToJsonString();

        // Many at once: the 413 must reach every client, not a broken pipe while it still writes (see BotHost.PostAsync).
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => bot.PostRawAsync(huge)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode));
        Assert.Empty(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    public async Task An_activity_type_the_bot_does_not_handle_is_a_harmless_no_op(string type)
    {
        var world = fixture.NewWorld();

        var response = await bot.SendAsync(world.PersonalMessage(world.Anna, "help").With("type", type));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
    }

    [Fact]
    public async Task Card_data_of_the_wrong_shape_gets_the_hint_not_an_error()
    {
        var world = fixture.NewWorld();

        var response = await bot.SendAsync(world.PersonalSubmit(world.Anna, new JsonObject { ["verb"] = new JsonArray(1, 2) }));

        Assert.True(response.IsSuccessStatusCode);
        var hint = Assert.Single(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
        Assert.Contains("Es nesapratu", hint.CardText);
        Assert.True(CardPress.HasButton(hint.Card!, Verbs.Help));
    }

    [Fact]
    public async Task A_failing_turn_tells_the_user_and_answers_teams_without_a_500()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var stranger = TestUser.Create("Nezināms Cilvēks");

        // Teams' member lookup for someone the connector does not know fails inside the SDK's handler.
        var response = await bot.SendAsync(world.TeamMembersAdded(world.Anna, stranger));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("nekas netika mainīts", connector.MessagesTo(world.ChannelId)[^1].Text);
    }

    [Fact]
    public async Task Another_tenant_with_the_same_team_id_never_sees_or_changes_the_group()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var group = new GroupKey(world.TenantId, world.TeamId);
        var membersBefore = await Members.ListAsync(group, default);

        var intruder = world.InAnotherTenant();
        await bot.DeliverAsync(intruder.ChannelMessage(world.Anna, "help", locale: "en-US"));
        await bot.DeliverAsync(intruder.TeamUninstall(by: world.Anna));

        Assert.DoesNotContain(world.TeamName + ":", connector.MessagesTo(world.ChannelId)[^1].CardText);
        Assert.Contains("You are not in a working group yet", connector.MessagesTo(world.ChannelId)[^1].CardText);
        Assert.True((await Groups.FindAsync(group, default))!.Active);
        Assert.Equal(membersBefore, await Members.ListAsync(group, default));
    }
}
