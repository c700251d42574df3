using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Testing;
using WorkingGroupBot.Tests.Chaos;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Meetings;

/// <summary>
/// A meeting's decisions and the action the first one becomes are stored together or not at all, and the same
/// decisions form submitted twice records them once. Storage sits behind a proxy that can refuse the record's write.
/// </summary>
public sealed class DecisionsAllOrNothingTests : IAsyncLifetime
{
    private readonly string prefix = ReminderFixture.NewTablePrefix();
    private FlakyTableProxy proxy = null!;
    private LoopbackConnector connector = null!;
    private BotHost bot = null!;
    private PlanDriver d = null!;

    private GroupKey Team => new(d.World.TenantId, d.World.TeamId);

    public async Task InitializeAsync()
    {
        proxy = await FlakyTableProxy.StartAsync(DevStorage.EndpointOf(Azurite.Shared.ConnectionString));
        connector = await LoopbackConnector.StartAsync();
        bot = await BotHost.StartAsync(proxy.ConnectionString, ChaosSettings.Quiet("--Tables:TablePrefix", prefix, "--Reminders:Enabled", "false"));
        d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        var schedule = await d.PressAsync(d.World.Anna, await d.AskInChannelAsync(d.World.Anna, "sanāksmes"), Verbs.ScheduleMeeting);
        await d.PressAsync(d.World.Anna, schedule.Card, Verbs.CreateMeeting, null,
            (MeetingForm.Title, "Sadarbības grupas sanāksme"), (MeetingForm.FirstDate, "2026-03-10"), (MeetingForm.Start, "10:00"),
            (MeetingForm.Duration, "90"), (MeetingForm.Recurrence, MeetingForm.MonthlyNthWeekday), (MeetingForm.Interval, "1"), (MeetingForm.Notices, "1d"));
        bot.SetRigaTime(new DateOnly(2026, 3, 10), 12, 0);
    }

    /// <summary>The decisions form of the meeting of 10 March, filled in: the first decision becomes Līga's action.</summary>
    private async Task<JsonObject> FilledDecisionsAsync()
    {
        var meetings = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        var form = (await d.PressAsync(d.World.Anna, meetings, Verbs.Decisions, x => x["occurrence"]!.GetValue<string>() == "2026-03-10")).Card;
        return CardPress.DataOf(form, Verbs.SaveDecisions).With(
            (ActionForm.Title, "Sagatavot vēstuli skolām"),
            (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Liga.AadObjectId),
            (ActionForm.Deadline, "2026-04-01"),
            (DecisionsCard.OtherDecisions, "Aicināt policiju"));
    }

    private async Task<(IReadOnlyList<ActionItem> Actions, MeetingRecord Record)> StoredAsync()
    {
        var series = Assert.Single(await bot.Services.GetRequiredService<IMeetingStore>().ListSeriesAsync(Team, default));
        return (await bot.Services.GetRequiredService<IPlanStore>().ListActionsAsync(Team, default),
            await bot.Services.GetRequiredService<IMeetingStore>().FindRecordAsync(Team, series.Id, new DateOnly(2026, 3, 10), default));
    }

    [Fact]
    public async Task Decisions_submitted_twice_at_once_are_recorded_once_with_one_action()
    {
        var data = await FilledDecisionsAsync();

        var answers = await Task.WhenAll(d.SendForgedAsync(d.World.Anna, data.DeepClone().AsObject()), d.SendForgedAsync(d.World.Anna, data.DeepClone().AsObject()));
        var again = await d.SendForgedAsync(d.World.Anna, data.DeepClone().AsObject());

        var (actions, record) = await StoredAsync();
        Assert.Equal(["Sagatavot vēstuli skolām"], actions.Select(a => a.Title));
        Assert.Equal([("Sagatavot vēstuli skolām", (int?)actions[0].Number), ("Aicināt policiju", null)], record.Decisions.Select(x => (x.Text, x.Action)));
        Assert.All(answers.Append(again), a => Assert.Contains($"Sagatavot vēstuli skolām (#{actions[0].Number})", a.CardText));
    }

    [Fact]
    public async Task Decisions_whose_record_cannot_be_written_leave_nothing_behind_and_a_retry_records_them_once()
    {
        var data = await FilledDecisionsAsync();

        proxy.Refuse("Aicin"); // every write that carries the decisions' text
        var failed = await bot.SendAsync(d.World.PersonalInvoke(d.World.Anna, data.DeepClone().AsObject()));
        var afterFailure = await StoredAsync();
        proxy.Heal();
        var retried = await d.SendForgedAsync(d.World.Anna, data.DeepClone().AsObject());

        Assert.Empty(afterFailure.Actions);
        Assert.Empty(afterFailure.Record.Decisions);
        Assert.True(failed.IsSuccessStatusCode, $"a failed turn is still answered: {(int)failed.StatusCode}");
        var (actions, record) = await StoredAsync();
        Assert.Single(actions);
        Assert.Equal(2, record.Decisions.Count);
        Assert.Contains($"Sagatavot vēstuli skolām (#{actions[0].Number})", retried.CardText);
    }

    /// <summary>Each save takes the plan's next number as its turn read it, so none has to be written twice.</summary>
    [Fact]
    public async Task Decisions_saved_one_after_another_are_each_written_at_the_first_try()
    {
        var first = await d.SendForgedAsync(d.World.Anna, await FilledDecisionsAsync());
        var second = await d.PressAsync(d.World.Anna, first.Card, Verbs.SaveDecisions, null,
            (ActionForm.Title, "Pārskatīt plānu jūnijā"),
            (ActionForm.Area, CardPress.ChoicesOf(first.Card, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Janis.AadObjectId),
            (ActionForm.Deadline, "2026-06-01"));

        var (actions, record) = await StoredAsync();
        Assert.Equal(["Sagatavot vēstuli skolām", "Pārskatīt plānu jūnijā"], actions.Select(a => a.Title));
        Assert.Equal(3, record.Decisions.Count);
        Assert.Contains("Pārskatīt plānu jūnijā (#2)", second.CardText);
        Assert.Equal(0, proxy.Conflicts);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
        await proxy.DisposeAsync();
    }
}
