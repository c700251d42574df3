using System.Net;
using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>What the fuzzer found, pinned down one by one so it stays fixed.</summary>
[Collection(BotCollection.Name)]
[Trait("Category", "Chaos")]
public sealed class FuzzFindingsTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    public async Task A_channel_data_tenant_that_is_not_a_string_reads_as_absent_not_as_a_500(string tenantId)
    {
        var world = fixture.NewWorld();
        var message = world.PersonalMessage(world.Anna, "help");
        message["channelData"]!["tenant"]!["id"] = JsonNode.Parse(tenantId);

        // The conversation still names the tenant, so the turn is answered there.
        await bot.DeliverAsync(message);

        Assert.Single(fixture.Connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("\"2026-03-02T10:00:00Z\"")]
    public async Task A_channel_data_tenant_that_reads_as_a_big_number_or_a_date_is_another_tenant_a_400_not_a_500(string tenantId)
    {
        var world = fixture.NewWorld();
        var message = world.PersonalMessage(world.Anna, "help");
        message["channelData"]!["tenant"]!["id"] = JsonNode.Parse(tenantId);

        var response = await bot.SendAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("locale")]
    [InlineData("timezone")]
    public async Task Client_info_that_is_not_a_string_is_ignored_and_the_turn_answered(string field)
    {
        var world = fixture.NewWorld();
        var message = world.PersonalMessage(world.Anna, "help").Without("locale");
        message["entities"]![0]![field] = new JsonObject { ["junk"] = true };

        await bot.DeliverAsync(message);

        var answer = Assert.Single(fixture.Connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
        Assert.NotNull(answer.Card);
    }

    [Theory]
    [InlineData("entities", "null")]
    [InlineData("entities", "7")]
    [InlineData("entities", "\"clientInfo\"")]
    [InlineData("attachments", "null")]
    [InlineData("membersAdded", "null")]
    public async Task A_list_item_that_is_null_or_not_an_object_is_a_400_not_a_500(string list, string item)
    {
        var world = fixture.NewWorld();
        var message = world.PersonalMessage(world.Anna, "help");
        message[list] = new JsonArray(JsonNode.Parse(item));

        var response = await bot.SendAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(fixture.Connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
    }

    [Fact]
    public async Task A_chair_whose_plan_has_no_area_gets_the_areas_card_instead_of_a_form_with_nothing_to_choose()
    {
        var world = fixture.NewWorld();
        var driver = new PlanDriver(bot, fixture.Connector, world);
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var start = await driver.AskInChannelAsync(world.Anna, "plāns");
        await driver.PressAsync(world.Anna, start, Verbs.StartEmptyPlan);

        var answer = await driver.AskInChannelAsync(world.Anna, "jauns uzdevums");

        Assert.Contains("Plānā vēl nav jomu", CardTexts.Of(answer));
        Assert.True(CardPress.HasButton(answer, Verbs.AddArea));
    }
}
