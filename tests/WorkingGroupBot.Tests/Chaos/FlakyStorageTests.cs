using System.Text.Json.Nodes;
using Azure.Data.Tables;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Testing;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// Storage that fails half-way through a turn, behind a proxy: the storage commits a change but its answer never
/// reaches the bot (the storage client sends the same transaction again; the bot must not apply the change twice), or
/// one table refuses after another has committed.
/// </summary>
[Trait("Category", "Chaos")]
public sealed class FlakyStorageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string prefix = ReminderFixture.NewTablePrefix();
    private FlakyTableProxy proxy = null!;
    private LoopbackConnector connector = null!;
    private BotHost bot = null!;
    private ChaosGroup group = null!;

    public async Task InitializeAsync()
    {
        proxy = await FlakyTableProxy.StartAsync(DevStorage.EndpointOf(Azurite.Shared.ConnectionString));
        connector = await LoopbackConnector.StartAsync();
        bot = await BotHost.StartAsync(proxy.ConnectionString, ChaosSettings.Quiet("--Tables:TablePrefix", prefix, "--Reminders:Enabled", "false"));
        var world = new TeamsWorld(connector, people: 3);
        group = await ChaosGroup.SetUpAsync(bot, connector, world, [[world.Janis]], PlanDriver.Today.AddDays(5));
    }

    [Fact]
    public async Task A_note_whose_committed_answer_is_lost_is_stored_once()
    {
        var action = group.Actions[0];
        var janis = new LoadUser(bot, connector, group.World, group.World.Janis, new TurnLog());

        proxy.LoseNextTransactionAnswers(1);
        var (turn, _) = await janis.PressAsync("note", action.Note("Tikai vienreiz"));

        var stored = await PlanRowsOnDisk.ReadAsync(Azurite.Shared.ConnectionString, prefix, group.Key);
        var copies = stored.Notes(action.Number).Count(n => n == "Tikai vienreiz");
        output.WriteLine($"answers lost: {proxy.Lost}; the person was told: {turn.Outcome} ({turn.Took.TotalMilliseconds:F0} ms); copies of the note stored: {copies}; revision {stored.Actions[action.Number].Revision}");
        Assert.Equal(1, proxy.Lost);
        Assert.Empty(stored.Problems());
        Assert.Equal(1, copies);
    }

    [Fact]
    public async Task An_action_whose_committed_creation_answer_is_lost_is_created_once()
    {
        var anna = new LoadUser(bot, connector, group.World, group.Chair, new TurnLog());

        proxy.LoseNextTransactionAnswers(1);
        var (turn, _) = await anna.PressAsync("create", ((JsonObject)group.CreateButton.DeepClone()).With((ActionForm.Title, "Viens uzdevums")));

        var stored = await PlanRowsOnDisk.ReadAsync(Azurite.Shared.ConnectionString, prefix, group.Key);
        var copies = stored.Actions.Values.Count(a => a.Title == "Viens uzdevums");
        output.WriteLine($"answers lost: {proxy.Lost}; the person was told: {turn.Outcome} ({turn.Took.TotalMilliseconds:F0} ms); actions created: {copies}");
        Assert.Equal(1, proxy.Lost);
        Assert.Empty(stored.Problems());
        Assert.Equal(1, copies);
    }

    /// <summary>
    /// The action is stored (one transaction), then planning its reminders fails (another table). The change stands, so
    /// the chair must not be told that nothing changed, and the promise stored before the change plans the reminders.
    /// </summary>
    [Fact]
    public async Task An_action_created_while_the_reminder_table_fails_is_kept_and_still_reminded()
    {
        var anna = new LoadUser(bot, connector, group.World, group.Chair, new TurnLog());
        var dueToday = ((JsonObject)group.CreateButton.DeepClone()).With(
            (ActionForm.Title, "Šodienas uzdevums"), (ActionForm.Responsible, group.World.Janis.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.ToString("yyyy-MM-dd")));

        proxy.Refuse(letThrough: 0, "$batch", prefix + "Reminders"); // the promise is stored (one row, no batch); planning the reminders fails
        var (turn, _) = await anna.PressAsync("create", dueToday);
        proxy.Heal();
        var early = await bot.SweepAsync();
        bot.Clock.Advance(ReminderPlanner.PromiseDelay);
        var due = await bot.SweepAsync();

        var stored = await PlanRowsOnDisk.ReadAsync(Azurite.Shared.ConnectionString, prefix, group.Key);
        var created = stored.Actions.Values.Count(a => a.Title == "Šodienas uzdevums");
        var reminded = RemindersOf(group.World.Janis, "Šodienas uzdevums").Count;
        output.WriteLine($"the chair was told: {turn.Outcome} ({turn.Detail}); actions stored: {created}; sent before the promise was due: {early.Sent}; promises kept: {due.Replanned}; reminders delivered to Jānis: {reminded}");
        Assert.Empty(stored.Problems());
        Assert.Equal(1, created);
        Assert.Equal(TurnOutcome.Answered, turn.Outcome);
        Assert.Equal((0, 1), (early.Sent, due.Replanned));
        Assert.Equal(1, reminded);
    }

    /// <summary>
    /// Another create commits between this create's read and its write, so this one is stored under the next number: the
    /// promise made for the first number is withdrawn and one made for the new number. Planning the reminders then fails,
    /// and that promise plans them for the action as it was stored.
    /// </summary>
    [Fact]
    public async Task A_create_that_takes_the_next_number_and_then_fails_half_way_is_still_reminded()
    {
        var anna = new LoadUser(bot, connector, group.World, group.Chair, new TurnLog());
        var form = (JsonObject)group.CreateButton.DeepClone();
        var first = form.With((ActionForm.Title, "Pirmais"), (ActionForm.Responsible, group.World.Janis.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.ToString("yyyy-MM-dd")));
        var other = ((JsonObject)form.DeepClone()).With((ActionForm.Title, "Cits"), (ActionForm.Deadline, PlanDriver.Today.AddDays(30).ToString("yyyy-MM-dd")));
        var meanwhile = TurnOutcome.Other;
        proxy.BeforeFirst(async () =>
        {
            meanwhile = (await new LoadUser(bot, connector, group.World, group.Chair, new TurnLog()).PressAsync("create", other)).Turn.Outcome;
            proxy.Refuse(letThrough: 1, "$batch", prefix + "Reminders"); // the stale promise is withdrawn, a new one stored (no batch); planning fails
        }, "$batch", prefix + "Plans", "Pirmais");

        var (turn, _) = await anna.PressAsync("create", first);
        proxy.Heal();
        var early = await bot.SweepAsync();
        bot.Clock.Advance(ReminderPlanner.PromiseDelay);
        var due = await bot.SweepAsync();

        var stored = await PlanRowsOnDisk.ReadAsync(Azurite.Shared.ConnectionString, prefix, group.Key);
        var numbers = stored.Actions.Where(a => a.Value.Title is "Pirmais" or "Cits").ToDictionary(a => a.Value.Title, a => a.Key);
        var reminders = RemindersOf(group.World.Janis, "Pirmais");
        output.WriteLine($"the other create: {meanwhile}; the chair was told: {turn.Outcome} ({turn.Detail}); numbers: {string.Join(", ", numbers)}; sent before the promise was due: {early.Sent}; promises kept: {due.Replanned}; promises left: {stored.Promised.Count}; reminders of Pirmais to Jānis: {reminders.Count}");
        Assert.Equal((TurnOutcome.Answered, TurnOutcome.Answered), (meanwhile, turn.Outcome));
        Assert.Equal(numbers["Cits"] + 1, numbers["Pirmais"]);
        Assert.Empty(stored.Problems());
        Assert.Equal((0, 1), (early.Sent, due.Replanned));
        Assert.Empty(stored.Promised);
        Assert.Contains($"#{numbers["Pirmais"]}", Assert.Single(reminders).CardText, StringComparison.Ordinal);
    }

    /// <summary>
    /// The new policy is stored, then planning every reminder of the group again fails. The promise stored first plans
    /// them for the new policy (3 days before instead of 7 and 1), so no chain is left planned for the old one.
    /// </summary>
    [Fact]
    public async Task A_policy_saved_while_the_reminder_table_fails_is_still_planned_for()
    {
        var driver = new PlanDriver(bot, connector, group.World);
        var settings = await driver.AskInChannelAsync(group.Chair, "atgādinājumi");
        var deadline = PlanDriver.Today.AddDays(5);

        proxy.Refuse(letThrough: 0, "$batch", prefix + "Reminders"); // the promise is one row, no batch; planning fails
        var answer = await driver.PressAsync(group.Chair, settings, Verbs.SaveReminderSettings, null,
            (ReminderSettingsCard.DaysBefore, "3"), (ReminderSettingsCard.OverdueEvery, "3"), (ReminderSettingsCard.TellChairsAfter, "5"),
            (ReminderSettingsCard.DigestDay, "Friday"), (ReminderSettingsCard.DigestAt, "14:00"));
        proxy.Heal();
        var planned = await BeforeRemindersAsync(group.Actions[0].Number);
        bot.Clock.Advance(ReminderPlanner.PromiseDelay);
        var due = await bot.SweepAsync();
        var replanned = await BeforeRemindersAsync(group.Actions[0].Number);

        output.WriteLine($"the chair was told: {CardTexts.Of(answer.Card).ReplaceLineEndings(" ")[..40]}; 'days before' reminders before the promise was kept: [{string.Join(", ", planned)}], after: [{string.Join(", ", replanned)}]; promises kept: {due.Replanned}");
        Assert.Contains("Iestatījumi saglabāti", CardTexts.Of(answer.Card), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(deadline.AddDays(-3), planned);
        Assert.Equal(1, due.Replanned);
        Assert.Contains(deadline.AddDays(-3), replanned);
    }

    /// <summary>
    /// A kept promise catches up with a reminder of the last hours only if the deadline moved: here the snooze fails
    /// after its promise is stored, and the reminder already sent this morning must not come again.
    /// </summary>
    [Fact]
    public async Task A_snooze_that_fails_half_way_does_not_bring_back_the_reminder_already_sent()
    {
        var driver = new PlanDriver(bot, connector, group.World);
        var janis = group.World.Janis;
        await driver.CreateActionAsync(group.Chair, "Aptauja", [janis], PlanDriver.Today.AddDays(7));
        await bot.SweepAsync();
        var card = Assert.Single(RemindersOf(janis, "Aptauja")).Card!;

        proxy.Refuse(letThrough: 0, prefix + "Plans", "\"snooze|"); // the snooze row is not written; the promise before it is
        await driver.PressAsync(janis, card, Verbs.Snooze, x => x["days"]!.GetValue<string>() == "1");
        proxy.Heal();
        bot.Clock.Advance(ReminderPlanner.PromiseDelay);
        var due = await bot.SweepAsync();

        output.WriteLine($"promises kept: {due.Replanned}; reminders of the action sent to Jānis: {RemindersOf(janis, "Aptauja").Count}");
        Assert.Equal(1, due.Replanned);
        Assert.Single(RemindersOf(janis, "Aptauja"));
    }

    private IReadOnlyList<ConnectorCall> RemindersOf(TestUser person, string title) =>
        connector.MessagesTo(LoopbackConnector.OpenedChatWith(person)).Where(m => m.CardText.Contains(title) && m.CardText.Contains("Atgādinājums")).ToList();

    /// <summary>The days on which "days before" reminders of the action are stored.</summary>
    private async Task<IReadOnlyList<DateOnly>> BeforeRemindersAsync(int action) =>
        (await StoredReminders.OfAsync(new TableClient(Azurite.Shared.ConnectionString, prefix + "Reminders"), group.Key))
            .Where(row => row.Kind == nameof(ReminderKind.Before) && row.Action == action)
            .Select(row => DateOnly.FromDateTime(row.DueAt.UtcDateTime))
            .ToList();

    public async Task DisposeAsync()
    {
        if (bot is not null)
        {
            Assert.Null(await HostShutdown.StopAsync(bot));
        }

        if (connector is not null)
        {
            await connector.DisposeAsync();
        }

        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }
    }
}
