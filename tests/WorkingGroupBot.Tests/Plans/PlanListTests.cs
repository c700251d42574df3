using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>
/// The chair sees who is behind and lists exactly an area's or a person's actions with a tap, and comes back from an
/// action to the list it was opened from.
/// </summary>
public sealed class PlanListTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private static readonly DateOnly Today = PlanDriver.Today;

    private async Task<(BotHost Bot, PlanDriver Driver)> GroupEightDaysOnAsync()
    {
        var bot = await fixture.StartHostAsync();
        var d = new PlanDriver(bot, fixture.Connector, new TeamsWorld(fixture.Connector));
        await d.SetUpAsync();
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        await d.CreateActionAsync(anna, "Skolotāju seminārs", [janis], Today.AddDays(3), "Speciālistu apmācība");
        await d.CreateActionAsync(anna, "Ārstu seminārs", [janis], Today.AddDays(10), "Speciālistu apmācība");
        await d.CreateActionAsync(anna, "Bukleti vecākiem", [liga], Today.AddDays(20), "Vecāku izglītošana");
        await d.CreateActionAsync(anna, "Vecāku sapulce", [liga], Today.AddDays(5), "Vecāku izglītošana");
        bot.SetRigaTime(Today.AddDays(8), 9, 0);
        return (bot, d);
    }

    [Fact]
    public async Task The_plan_opens_with_who_is_behind_and_lists_each_areas_actions_with_who_due_and_status()
    {
        var (bot, d) = await GroupEightDaysOnAsync();
        await using var _ = bot;

        var plan = CardTexts.Of(await d.AskInChannelAsync(d.World.Anna, "plan", locale: "en-US"));

        Assert.Matches(@"Behind\n⚠ Jānis Kalniņš: 1 overdue, the oldest by 5 d\.\n⚠ Līga Ozola: 1 overdue, the oldest by 3 d\.", plan);
        Assert.Contains("#1 Skolotāju seminārs\nJānis Kalniņš · **⚠ 5 days overdue** · Thu 5 Mar 2026 · open", plan);
        Assert.Contains("#2 Ārstu seminārs\nJānis Kalniņš · **In 2 days** · Thu 12 Mar 2026 · open", plan);
    }

    [Fact]
    public async Task Tapping_a_person_or_an_area_lists_exactly_those_actions_and_an_opened_action_leads_back()
    {
        var (bot, d) = await GroupEightDaysOnAsync();
        await using var _ = bot;
        var (anna, janis) = (d.World.Anna, d.World.Janis);
        var plan = await d.AskInChannelAsync(anna, "plāns");
        bool Of(System.Text.Json.Nodes.JsonObject data, string of) => data[CardData.Of]?.GetValue<string>() == of;

        var his = await d.PressAsync(anna, plan, Verbs.ListActions, x => Of(x, ActionLists.OfPerson(janis.AadObjectId)));
        Assert.StartsWith("Jānis Kalniņš: nepabeigtie uzdevumi", his.CardText);
        Assert.Contains("#1 Skolotāju seminārs", his.CardText);
        Assert.Contains("#2 Ārstu seminārs", his.CardText);
        Assert.DoesNotContain("Bukleti", his.CardText);
        Assert.DoesNotContain("Vecāku sapulce", his.CardText);

        var area = await d.PressAsync(anna, plan, Verbs.ListActions, x => Of(x, ActionLists.OfArea(AreaIdOf(plan, "Vecāku izglītošana"))));
        Assert.StartsWith("Vecāku izglītošana", area.CardText);
        Assert.Equal(["#4 Vecāku sapulce", "#3 Bukleti vecākiem"], area.CardText.Split('\n').Where(l => l.StartsWith('#')));

        var opened = await d.PressAsync(anna, his.Card, Verbs.OpenAction, x => x[CardData.Action]!.GetValue<int>() == 1);
        var done = await d.PressAsync(anna, opened.Card, Verbs.SetStatus, x => x[CardData.Status]!.GetValue<string>() == "Done");
        Assert.Contains("Statuss nomainīts: “izpildīts”", done.CardText);
        var back = await d.PressAsync(anna, done.Card, Verbs.ListActions);
        Assert.StartsWith("Jānis Kalniņš: nepabeigtie uzdevumi", back.CardText);
        Assert.DoesNotContain("#1 Skolotāju seminārs", back.CardText); // done: no longer unfinished
        Assert.True(CardPress.HasButton(back.Card, Verbs.Plan), "the list leads back to the plan");
    }

    /// <summary>The area a tappable block on the plan card stands for, found by the name it shows.</summary>
    private static string AreaIdOf(System.Text.Json.Nodes.JsonObject plan, string name) =>
        System.Text.RegularExpressions.Regex.Match(plan.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            "\"text\":\"" + name + "\".*?\"of\":\"area:(\\w+)\"").Groups[1].Value;

    [Fact]
    public async Task A_list_that_names_nothing_in_the_group_is_refused_plainly()
    {
        var (bot, d) = await GroupEightDaysOnAsync();
        await using var _ = bot;

        var answer = await d.SendForgedAsync(d.World.Anna, new() { ["verb"] = Verbs.ListActions, ["group"] = d.World.TeamId, [CardData.Of] = "person:someone-else" });

        Assert.Contains("Šāda saraksta šīs grupas plānā (vairs) nav.", answer.Text);
    }

    [Fact]
    public async Task Back_from_an_action_opened_in_my_actions_shows_my_actions_again()
    {
        var (bot, d) = await GroupEightDaysOnAsync();
        await using var _ = bot;
        var mine = await d.AskPersonallyAsync(d.World.Janis, "mani uzdevumi");

        var opened = await d.PressAsync(d.World.Janis, mine, Verbs.OpenAction);
        var back = await d.PressAsync(d.World.Janis, opened.Card, Verbs.MyActions);

        Assert.StartsWith("Mani uzdevumi (2)", back.CardText);
    }
}
