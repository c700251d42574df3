using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>A team of 10,000: the chair's forms stay within Teams' limits and people are found by searching.</summary>
[Collection(BotCollection.Name)]
public sealed class LargeTeamTests(BotFixture fixture)
{
    [Fact]
    public async Task In_a_team_of_ten_thousand_the_chair_finds_the_responsible_member_by_search_and_creates_the_action()
    {
        var world = fixture.NewWorld();
        var d = new PlanDriver(fixture.Bot, fixture.Connector, world);
        await d.SetUpAsync();
        var namesake = TestUser.Create("Jānis Ābele");
        var crowd = Enumerable.Range(0, 10_000 - world.People.Count - 1).Select(i => TestUser.Create($"Dalībnieks {i:D4}"));
        await JoinAsync(world, [.. world.People, namesake, .. crowd]);

        var form = await d.AskInChannelAsync(world.Anna, "jauns uzdevums");

        Assert.True(Encoding.UTF8.GetByteCount(form.ToJsonString()) < CardValidator.TeamsLimitBytes);
        var dataset = PickerOf(form)["choices.data"]?["dataset"]?.GetValue<string>();
        var found = await fixture.Bot.SearchAsync(world.ChannelSearch(world.Anna, dataset, "jān"));
        Assert.Equal([("Jānis Ābele", namesake.AadObjectId), ("Jānis Kalniņš", world.Janis.AadObjectId)], found);
        Assert.Equal(found, await fixture.Bot.SearchAsync(world.ChannelSearch(world.Anna, dataset, "JANIS")));

        var created = await d.PressAsync(world.Anna, form, Verbs.CreateAction, null,
            (ActionForm.Title, "Apmācība skolotājiem"),
            (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, found[1].Value),
            (ActionForm.Deadline, PlanDriver.Today.AddDays(30).ToString("yyyy-MM-dd")));

        Assert.Contains("Uzdevums pievienots plānam", created.CardText);
        var stored = Assert.Single(await fixture.Bot.Services.GetRequiredService<IPlanStore>().ListActionsAsync(new GroupKey(world.TenantId, world.TeamId), default));
        Assert.Equal([world.Janis.AadObjectId], stored.Responsible);

        var edit = (await d.PressAsync(world.Anna, created.Card, Verbs.EditAction)).Card;

        Assert.Equal(world.Janis.AadObjectId, CardPress.InputValue(edit, ActionForm.Responsible));
        Assert.Equal("Jānis Kalniņš", CardPress.ChoicesOf(edit, ActionForm.Responsible)[world.Janis.AadObjectId]);
    }

    [Fact]
    public async Task In_a_team_of_ten_thousand_the_members_card_shows_a_page_at_a_time()
    {
        var world = fixture.NewWorld();
        var d = new PlanDriver(fixture.Bot, fixture.Connector, world);
        await d.SetUpAsync();
        await JoinAsync(world, [.. world.People, .. Enumerable.Range(0, 10_000 - world.People.Count).Select(i => TestUser.Create($"Dalībnieks {i:D4}"))]);

        var first = await d.AskInChannelAsync(world.Anna, "dalībnieki");
        var second = (await d.PressAsync(world.Anna, first, Verbs.Members)).Card;

        Assert.Contains("Lapa 1 no 250", CardTexts.Of(first));
        Assert.Contains("Lapa 2 no 250", CardTexts.Of(second));
        Assert.Contains("Dalībnieks 0039", CardTexts.Of(second));
        Assert.DoesNotContain("Dalībnieks 0039", CardTexts.Of(first));
        var promoted = (await d.PressAsync(world.Anna, second, Verbs.MakeChair)).Card;
        Assert.Contains("Lapa 2 no 250", CardTexts.Of(promoted));
    }

    [Fact]
    public async Task The_search_answers_only_a_chair_of_the_group_it_names()
    {
        var world = fixture.NewWorld();
        var crowd = Enumerable.Range(0, 60).Select(i => TestUser.Create($"Dalībnieks {i:D2}"));
        fixture.Connector.SetRoster(world.TeamId, [.. world.People, .. crowd]);
        var d = new PlanDriver(fixture.Bot, fixture.Connector, world);
        await d.SetUpAsync();
        var dataset = PickerOf(await d.AskInChannelAsync(world.Anna, "jauns uzdevums"))["choices.data"]!["dataset"]!.GetValue<string>();
        var other = fixture.NewWorld();
        await fixture.Bot.DeliverAsync(other.TeamInstall(by: other.Anna));

        Assert.Single(await fixture.Bot.SearchAsync(world.ChannelSearch(world.Anna, dataset, "janis")));
        Assert.Empty(await fixture.Bot.SearchAsync(world.ChannelSearch(world.Janis, dataset, "janis")));
        Assert.Empty(await fixture.Bot.SearchAsync(world.InAnotherTenant().ChannelSearch(world.Anna, dataset, "janis")));
        Assert.Empty(await fixture.Bot.SearchAsync(other.ChannelSearch(other.Anna, dataset, "janis")));
        Assert.Empty(await fixture.Bot.SearchAsync(world.ChannelSearch(world.Anna, "members:" + other.TeamId, "janis")));
        Assert.Empty(await fixture.Bot.SearchAsync(world.ChannelSearch(world.Anna, null, "janis")));
        Assert.Equal(15, (await fixture.Bot.SearchAsync(world.ChannelSearch(world.Anna, dataset, "dal"))).Count);
        Assert.Empty(await fixture.Bot.SearchAsync(world.ChannelSearch(world.Anna, dataset, "janis").With("value", "junk")));
        var oddPage = world.ChannelSearch(world.Anna, dataset, "");
        oddPage["value"]!["queryOptions"] = new JsonObject { ["skip"] = -5, ["top"] = 99999999999 };
        Assert.Equal(15, (await fixture.Bot.SearchAsync(oddPage)).Count);
    }

    /// <summary>
    /// The team's roster grows to these people, stored directly as one page of a roster sync (quicker than waiting for
    /// the background sync of 10,000 people, which Members/RosterSyncTests covers).
    /// </summary>
    private async Task JoinAsync(TeamsWorld world, IReadOnlyList<TestUser> roster)
    {
        fixture.Connector.SetRoster(world.TeamId, roster);
        var identities = roster.Select(u => new TeamsIdentity { AadObjectId = u.AadObjectId, TeamsUserId = u.Id, Name = u.Name }).ToList();
        await fixture.Bot.Services.GetRequiredService<IMemberStore>().RecordRosterPageAsync(new GroupKey(world.TenantId, world.TeamId), identities, "joined-by-test", default);
    }

    private static JsonObject PickerOf(JsonObject form) => form["body"]!.AsArray().OfType<JsonObject>().Single(i => i["id"]?.GetValue<string>() == ActionForm.Responsible);
}
