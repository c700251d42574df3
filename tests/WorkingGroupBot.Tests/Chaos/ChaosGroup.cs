using System.Text.Json.Nodes;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// A team whose chair (Anna) started the plan and gave actions to the others, set up through the bot as people do;
/// keeps the data of the buttons the load then presses (from the cards the bot sent, not made up).
/// </summary>
public sealed class ChaosGroup
{
    private ChaosGroup(TeamsWorld world, IReadOnlyList<PlannedAction> actions, JsonObject createButton)
    {
        World = world;
        Actions = actions;
        CreateButton = createButton;
    }

    public TeamsWorld World { get; }

    public GroupKey Key => new(World.TenantId, World.TeamId);

    public TestUser Chair => World.Anna;

    public IReadOnlyList<TestUser> Members => World.People.Skip(1).ToList();

    public IReadOnlyList<PlannedAction> Actions { get; }

    /// <summary>The new-action form's button with area, responsible and deadline filled in; the title is up to the press.</summary>
    public JsonObject CreateButton { get; }

    /// <param name="responsible">For each action to create, who is responsible for it.</param>
    public static async Task<ChaosGroup> SetUpAsync(BotHost bot, LoopbackConnector connector, TeamsWorld world, IEnumerable<TestUser[]> responsible, DateOnly deadline)
    {
        var driver = new PlanDriver(bot, connector, world);
        await driver.SetUpAsync();
        var actions = new List<PlannedAction>();
        foreach (var (people, i) in responsible.Select((p, i) => (p, i)))
        {
            var title = $"Uzdevums {i + 1}";
            var created = await driver.CreateActionAsync(world.Anna, title, people, deadline);
            var form = await driver.PressAsync(world.Anna, created.Card, Verbs.EditAction);
            var save = CardPress.DataOf(form.Card, Verbs.SaveAction).With(
                (ActionForm.Title, title),
                (ActionForm.Area, CardPress.ChoicesOf(form.Card, ActionForm.Area).Keys.First()),
                (ActionForm.Responsible, string.Join(',', people.Select(p => p.AadObjectId))),
                (ActionForm.Deadline, deadline.ToString("yyyy-MM-dd")));
            actions.Add(new PlannedAction(PlanDriver.NumberOn(created.Card), people, CardPress.DataOf(created.Card, Verbs.AddNote), save));
        }

        var newForm = await driver.AskInChannelAsync(world.Anna, "jauns uzdevums");
        var create = CardPress.DataOf(newForm, Verbs.CreateAction).With(
            (ActionForm.Area, CardPress.ChoicesOf(newForm, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, world.People[1].AadObjectId),
            (ActionForm.Deadline, deadline.AddDays(30).ToString("yyyy-MM-dd")));
        return new ChaosGroup(world, actions, create);
    }
}

/// <summary>An action of the group, who is responsible, and the data of its note and save (edit form) buttons.</summary>
public sealed record PlannedAction(int Number, IReadOnlyList<TestUser> Responsible, JsonObject NoteButton, JsonObject SaveButton)
{
    public JsonObject Note(string text) => ((JsonObject)NoteButton.DeepClone()).With((ActionForm.Note, text));

    /// <summary>The status button's data: the note button's group and action with the status verb.</summary>
    public JsonObject Status(ActionStatus status, string? reason = null) =>
        ((JsonObject)NoteButton.DeepClone()).Without("input").With(("verb", Verbs.SetStatus), ("status", status.ToString()), (ActionForm.Reason, reason));

    public JsonObject Rename(string title) => ((JsonObject)SaveButton.DeepClone()).With((ActionForm.Title, title));
}
