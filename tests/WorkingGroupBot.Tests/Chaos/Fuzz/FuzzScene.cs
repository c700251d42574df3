using System.Text.Json.Nodes;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>
/// The group under attack and the people who attack it. The team's chair (Anna) set up a plan with actions for Jānis and
/// Pēteris, whose titles carry a secret marker; Līga is a plain member there (responsible for nothing) but chairs a group
/// chat of her own in the same tenant; a stranger of the same tenant belongs to no group; and the same people exist in
/// another tenant, with the same team and chat ids. Every button the bot showed Anna and Jānis is kept, to be replayed
/// by the others.
/// </summary>
public sealed class FuzzScene
{
    private FuzzScene(TeamsWorld world, TeamsWorld otherTenant, TestUser stranger, string secret, IReadOnlyList<Button> buttons, IReadOnlyList<int> actions, IReadOnlyList<string> areaIds)
    {
        World = world;
        OtherTenant = otherTenant;
        Stranger = stranger;
        Secret = secret;
        Buttons = buttons;
        Actions = actions;
        AreaIds = areaIds;
    }

    public TeamsWorld World { get; }

    /// <summary>The same team, chat and people, claiming another tenant.</summary>
    public TeamsWorld OtherTenant { get; }

    public TestUser Stranger { get; }

    /// <summary>In every action title of the team's plan: no one outside the team may ever be shown it.</summary>
    public string Secret { get; }

    public IReadOnlyList<Button> Buttons { get; }

    public IReadOnlyList<int> Actions { get; }

    public IReadOnlyList<string> AreaIds { get; }

    public TestUser Liga => World.Liga;

    /// <summary>The team's chair and responsible members: the fuzzer never speaks as them in the team's tenant.</summary>
    public IReadOnlyList<TestUser> Protected => [World.Anna, World.Janis, World.People[3]];

    public static async Task<FuzzScene> SetUpAsync(BotHost bot, LoopbackConnector connector)
    {
        var world = new TeamsWorld(connector, people: 4);
        var (anna, janis, liga, peteris) = (world.Anna, world.Janis, world.Liga, world.People[3]);
        var secret = "SECRET" + Guid.NewGuid().ToString("N")[..8];
        var driver = new PlanDriver(bot, connector, world);
        var answers = new List<JsonObject> { await driver.SetUpAsync() };

        var actions = new List<int>();
        (string Title, TestUser[] People, int Days)[] planned = [("Apmācība", [janis], 0), ("Brošūra", [janis, peteris], 7), ("Aptauja", [peteris], 20)];
        foreach (var (title, people, days) in planned)
        {
            var created = await driver.CreateActionAsync(anna, $"{title} {secret}", people, PlanDriver.Today.AddDays(days));
            actions.Add(PlanDriver.NumberOn(created.Card));
            answers.Add(created.Card);
            answers.Add((await driver.PressAsync(anna, created.Card, Verbs.EditAction)).Card);
            answers.Add((await driver.PressAsync(anna, created.Card, Verbs.History)).Card);
        }

        foreach (var command in CommandCatalog.All)
        {
            await bot.DeliverAsync(world.ChannelMessage(anna, TextSet.InAllLanguages(command.Keyword).Last()));
        }

        answers.Add((await bot.InvokeAsync(world.PersonalInvoke(anna, new JsonObject { ["verb"] = Verbs.Areas, ["group"] = world.TeamId }))).Card);
        var mine = await driver.AskPersonallyAsync(janis, "mani uzdevumi");
        answers.Add((await driver.PressAsync(janis, mine, Verbs.OpenAction)).Card);
        await bot.SweepAsync(); // reminder cards with snooze buttons for Jānis and Pēteris

        // Līga chairs a group chat of her own in the same tenant: her chair role there must not reach the team.
        await bot.DeliverAsync(world.GroupChatInstall(liga, "lv-LV"));
        await bot.DeliverAsync(world.GroupChatMessage(liga, "plāns", "lv-LV"));
        var start = connector.MessagesTo(world.GroupChatId)[^1].Card!;
        await bot.InvokeAsync(world.PersonalInvoke(liga, CardPress.DataOf(start, Verbs.StartPlanFromTemplate)));

        var areaIds = CardPress.ChoicesOf(answers[1..].First(c => CardPress.HasButton(c, Verbs.SaveAction)), ActionForm.Area).Keys.ToList();
        var buttons = connector.Calls.Select(c => c.Card).OfType<JsonObject>().Concat(answers)
            .SelectMany(Button.On)
            .DistinctBy(b => b.Data.ToJsonString())
            .ToList();
        return new FuzzScene(world, world.InAnotherTenant(), TestUser.Create("Svešs Cilvēks"), secret, buttons, actions, areaIds);
    }
}
