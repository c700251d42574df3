using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>
/// A form answered after someone else changed what it shows must not undo their change; the same form instance
/// submitted twice (a double press, Teams retrying a slow invoke) must take effect once.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class StaleAndRepeatedFormTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;
    private IPlanStore Plans => bot.Services.GetRequiredService<IPlanStore>();

    private static GroupKey Team(PlanDriver d) => new(d.World.TenantId, d.World.TeamId);

    private static string Day(int days) => PlanDriver.Today.AddDays(days).ToString("yyyy-MM-dd");

    /// <summary>Anna and Līga chair the group; Jānis has action "Informatīvs materiāls vecākiem", due in 14 days.</summary>
    private async Task<(PlanDriver Driver, int Number)> TwoChairsAndAnActionAsync()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        await d.SendForgedAsync(d.World.Anna, new() { ["verb"] = Verbs.MakeChair, ["group"] = d.World.TeamId, ["member"] = d.World.Liga.AadObjectId });
        var created = await d.CreateActionAsync(d.World.Anna, "Informatīvs materiāls vecākiem", [d.World.Janis], PlanDriver.Today.AddDays(14));
        return (d, PlanDriver.NumberOn(created.Card));
    }

    private static JsonObject Copy(JsonObject data) => data.DeepClone().AsObject();

    private async Task<JsonObject> EditFormAsync(PlanDriver d, TestUser chair, int number) =>
        (await d.SendForgedAsync(chair, new() { ["verb"] = Verbs.EditAction, ["group"] = d.World.TeamId, ["action"] = number })).Card;

    private static (string, JsonNode?)[] Edit(JsonObject form, string title, TestUser responsible, string deadline) =>
    [
        (ActionForm.Title, title),
        (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
        (ActionForm.Responsible, responsible.AadObjectId),
        (ActionForm.Deadline, deadline),
    ];

    [Fact]
    public async Task A_stale_edit_after_another_chair_reassigned_the_action_changes_nothing_and_says_who_changed_what()
    {
        var (d, number) = await TwoChairsAndAnActionAsync();
        var annasForm = await EditFormAsync(d, d.World.Anna, number);
        var ligasForm = await EditFormAsync(d, d.World.Liga, number);
        await d.PressAsync(d.World.Liga, ligasForm, Verbs.SaveAction, null, Edit(ligasForm, "Informatīvs materiāls vecākiem", d.World.Liga, Day(20)));

        var stale = await d.PressAsync(d.World.Anna, annasForm, Verbs.SaveAction, null, Edit(annasForm, "Bukleti vecākiem", d.World.Janis, Day(14)));

        var stored = (await Plans.FindActionAsync(Team(d), number, default))!;
        Assert.Equal(("Informatīvs materiāls vecākiem", d.World.Liga.AadObjectId, PlanDriver.Today.AddDays(20)), (stored.Title, string.Join(',', stored.Responsible), stored.Deadline));
        Assert.Contains("nekas netika saglabāts", stale.CardText);
        Assert.Contains("Līga Ozola: Atbildīgie: Jānis Kalniņš → Līga Ozola", stale.CardText);
        // The form now shows the action as Līga left it, with only Anna's own edit (the title) carried over.
        Assert.Equal("Bukleti vecākiem", CardPress.InputValue(stale.Card, ActionForm.Title));
        Assert.Equal(Day(20), CardPress.InputValue(stale.Card, ActionForm.Deadline));
        Assert.Equal(d.World.Liga.AadObjectId, CardPress.InputValue(stale.Card, ActionForm.Responsible));

        var reapplied = await d.PressAsync(d.World.Anna, stale.Card, Verbs.SaveAction, null, Edit(stale.Card, CardPress.InputValue(stale.Card, ActionForm.Title)!, d.World.Liga, Day(20)));
        Assert.Contains("Saglabāts", reapplied.CardText);
        var after = (await Plans.FindActionAsync(Team(d), number, default))!;
        Assert.Equal(("Bukleti vecākiem", d.World.Liga.AadObjectId, PlanDriver.Today.AddDays(20)), (after.Title, string.Join(',', after.Responsible), after.Deadline));
    }

    [Fact]
    public async Task Two_chairs_saving_the_same_form_at_once_save_exactly_one()
    {
        var (d, number) = await TwoChairsAndAnActionAsync();
        var form = await EditFormAsync(d, d.World.Anna, number);

        var answers = await Task.WhenAll(
            d.PressAsync(d.World.Anna, form, Verbs.SaveAction, null, Edit(form, "Annas nosaukums", d.World.Janis, Day(14))),
            d.PressAsync(d.World.Liga, form, Verbs.SaveAction, null, Edit(form, "Līgas nosaukums", d.World.Janis, Day(14))));

        var log = await Plans.ReadLogAsync(Team(d), number, default);
        Assert.Equal([LogKind.Created, LogKind.Changed], log.Select(l => l.Kind));
        Assert.Single(answers, a => a.CardText.Contains("Saglabāts"));
        Assert.Single(answers, a => a.CardText.Contains("nekas netika saglabāts"));
    }

    [Fact]
    public async Task A_new_action_form_submitted_twice_at_once_creates_one_action_and_both_answers_show_it()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        var form = await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums");
        var data = CardPress.DataOf(form, Verbs.CreateAction).With(Edit(form, "Vienreiz", d.World.Janis, Day(7)));

        var answers = await Task.WhenAll(d.SendForgedAsync(d.World.Anna, Copy(data)), d.SendForgedAsync(d.World.Anna, Copy(data)));
        var again = await d.SendForgedAsync(d.World.Anna, Copy(data));

        var actions = await Plans.ListActionsAsync(Team(d), default);
        Assert.Equal(["Vienreiz"], actions.Select(a => a.Title));
        Assert.All(answers.Append(again), a => Assert.Equal(actions[0].Number, PlanDriver.NumberOn(a.Card)));
    }

    [Fact]
    public async Task A_note_submitted_twice_at_once_is_stored_once()
    {
        var (d, number) = await TwoChairsAndAnActionAsync();
        var card = await d.SendForgedAsync(d.World.Janis, new() { ["verb"] = Verbs.OpenAction, ["group"] = d.World.TeamId, ["action"] = number });
        var data = CardPress.DataOf(card.Card, Verbs.AddNote).With((ActionForm.Note, "Teksts nodots dizainerim"));

        var answers = await Task.WhenAll(d.SendForgedAsync(d.World.Janis, Copy(data)), d.SendForgedAsync(d.World.Janis, Copy(data)));
        var again = await d.SendForgedAsync(d.World.Janis, Copy(data));

        var log = await Plans.ReadLogAsync(Team(d), number, default);
        Assert.Single(log, l => l.Kind == LogKind.Note);
        Assert.All(answers.Append(again), a => Assert.Contains("Teksts nodots dizainerim", a.CardText));
        Assert.All(answers.Append(again), a => Assert.Contains("Piezīme pievienota", a.CardText));
    }

    [Fact]
    public async Task The_same_note_from_one_card_by_two_people_is_stored_for_each()
    {
        var (d, number) = await TwoChairsAndAnActionAsync();
        var card = await d.SendForgedAsync(d.World.Janis, new() { ["verb"] = Verbs.OpenAction, ["group"] = d.World.TeamId, ["action"] = number });
        var data = CardPress.DataOf(card.Card, Verbs.AddNote).With((ActionForm.Note, "Izdarīts"));

        await d.SendForgedAsync(d.World.Janis, Copy(data));
        await d.SendForgedAsync(d.World.Anna, Copy(data));

        var notes = (await Plans.ReadLogAsync(Team(d), number, default)).Where(l => l.Kind == LogKind.Note).ToList();
        Assert.Equal([d.World.Janis.AadObjectId, d.World.Anna.AadObjectId], notes.Select(n => n.AuthorId));
    }
}
