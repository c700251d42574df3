using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Meetings;

/// <summary>
/// With Graph configured, a chair's meeting series goes out as one recurring Outlook invitation with a Teams meeting,
/// and moves, cancellations, the end of the series and the roster follow it; Graph's throttling and outages never cost
/// the chair the series or the answer.
/// </summary>
public sealed class GraphInvitationTests : IClassFixture<ReminderFixture>, IClassFixture<FakeGraph>
{
    private const string Events = "/v1.0/users/" + FakeGraph.Organizer + "/events";
    private readonly LoopbackConnector connector;
    private readonly FakeGraph graph;

    public GraphInvitationTests(ReminderFixture fixture, FakeGraph graph)
    {
        connector = fixture.Connector;
        this.graph = graph;
        graph.Reset();
    }

    private Task<BotHost> StartBotAsync(bool graphEnabled = true) =>
        BotHost.StartAsync(
            Azurite.Shared.ConnectionString,
            services => services.AddSingleton<TokenCredential>(new FakeGraph.Credential()),
            [
                "--Tables:TablePrefix",
                ReminderFixture.NewTablePrefix(),
                "--Reminders:Enabled",
                "false",
                .. graphEnabled ? graph.Settings() : ["--Graph:BaseUrl", graph.BaseUrl],
            ]
        );

    /// <summary>Anna schedules the group's meetings: every second Tuesday of the month at 10:00, from 10 March 2026.</summary>
    private static async Task<InvokeAnswer> ScheduleAsync(PlanDriver d)
    {
        var list = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        var form = await d.PressAsync(d.World.Anna, list, Verbs.ScheduleMeeting);
        return await d.PressAsync(
            d.World.Anna,
            form.Card,
            Verbs.CreateMeeting,
            null,
            (MeetingForm.Title, "Sadarbības grupas sanāksme"),
            (MeetingForm.FirstDate, "2026-03-10"),
            (MeetingForm.Start, "10:00"),
            (MeetingForm.Duration, "90"),
            (MeetingForm.Place, "Domes zāle"),
            (MeetingForm.Recurrence, MeetingForm.MonthlyNthWeekday),
            (MeetingForm.Notices, "1d")
        );
    }

    private async Task<(BotHost Bot, PlanDriver Driver, InvokeAnswer Scheduled)> ScheduledAsync()
    {
        var bot = await StartBotAsync();
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        return (bot, d, await ScheduleAsync(d));
    }

    private static Func<JsonObject, bool> On(string date) => x => x["occurrence"]!.GetValue<string>() == date;

    /// <summary>The "Join in Teams" links anywhere on a card (under "More…" too).</summary>
    private static IEnumerable<string> JoinLinks(JsonNode card) =>
        Nodes(card)
            .OfType<JsonObject>()
            .Where(o =>
                o["type"]?.GetValue<string>() == "Action.OpenUrl"
                && o["title"]?.GetValue<string>() == "Pievienoties Teams"
            )
            .Select(o => o["url"]!.GetValue<string>());

    private static IEnumerable<JsonNode> Nodes(JsonNode node) =>
        node switch
        {
            JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Nodes).Prepend(o),
            JsonArray a => a.OfType<JsonNode>().SelectMany(Nodes),
            _ => [],
        };

    private static async Task<MeetingSeries> StoredSeriesAsync(BotHost bot, TeamsWorld world) =>
        Assert.Single(
            await bot
                .Services.GetRequiredService<IMeetingStore>()
                .ListSeriesAsync(new GroupKey(world.TenantId, world.TeamId), default)
        );

    private IReadOnlyList<GraphRequest> Since(int count) => graph.Requests.Skip(count).ToList();

    [Fact]
    public async Task Scheduling_sends_one_recurring_teams_invitation_to_the_members_and_its_link_is_on_the_notice()
    {
        var (bot, d, scheduled) = await ScheduledAsync();
        await using var _ = bot;

        var create = Assert.Single(graph.Requests);
        Assert.Equal(("POST", Events), (create.Method, create.Path));
        Assert.Equal("Bearer " + FakeGraph.Credential.Token, create.Authorization);
        var ev = create.Body!;
        Assert.Equal("Sadarbības grupas sanāksme", ev["subject"]!.GetValue<string>());
        Assert.Equal("Domes zāle", ev["location"]!["displayName"]!.GetValue<string>());
        Assert.Contains(d.World.TeamName, ev["body"]!["content"]!.GetValue<string>());
        Assert.True(ev["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", ev["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Equal("2026-03-10T10:00:00", ev["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("2026-03-10T11:30:00", ev["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("FLE Standard Time", ev["start"]!["timeZone"]!.GetValue<string>());
        Assert.Equal(
            d.World.People.Select(p => p.Upn).Order(StringComparer.OrdinalIgnoreCase),
            ev["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>())
        );
        Assert.All(ev["attendees"]!.AsArray(), a => Assert.Equal("required", a!["type"]!.GetValue<string>()));
        var pattern = ev["recurrence"]!["pattern"]!;
        Assert.Equal("relativeMonthly", pattern["type"]!.GetValue<string>());
        Assert.Equal(1, pattern["interval"]!.GetValue<int>());
        Assert.Equal(["tuesday"], pattern["daysOfWeek"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal("second", pattern["index"]!.GetValue<string>());
        var range = ev["recurrence"]!["range"]!;
        Assert.Equal("noEnd", range["type"]!.GetValue<string>());
        Assert.Equal("2026-03-10", range["startDate"]!.GetValue<string>());

        var stored = (await StoredSeriesAsync(bot, d.World)).Invitation!;
        Assert.Equal(("event-1", FakeGraph.JoinUrlOf("event-1")), (stored.EventId, stored.JoinUrl));
        Assert.True(stored.Synced!.Matches(await StoredSeriesAsync(bot, d.World)));
        Assert.DoesNotContain("Outlook", scheduled.CardText);
        Assert.Contains(FakeGraph.JoinUrlOf("event-1"), JoinLinks(scheduled.Card));
        bot.SetRigaTime(new DateOnly(2026, 3, 9), 10, 0);
        await bot.SweepAsync();
        var notice = connector
            .MessagesTo(d.World.ChannelId)
            .Select(m => m.Card)
            .OfType<JsonObject>()
            .Single(c => CardTexts.Of(c).StartsWith("Sanāksme: ", StringComparison.Ordinal));
        Assert.Equal([FakeGraph.JoinUrlOf("event-1")], JoinLinks(notice));
    }

    [Fact]
    public async Task Moving_a_meeting_patches_that_instance_of_the_series()
    {
        var (bot, d, scheduled) = await ScheduledAsync();
        await using var _ = bot;
        var before = graph.Requests.Count;
        var suffix = CardPress.DataOf(scheduled.Card, Verbs.MoveMeeting, On("2026-04-14"))["input"]!.GetValue<string>();

        var moved = await d.PressAsync(
            d.World.Anna,
            scheduled.Card,
            Verbs.MoveMeeting,
            On("2026-04-14"),
            (MeetingForm.Date + suffix, "2026-04-15"),
            (MeetingForm.Start + suffix + ".move", "14:00")
        );

        Assert.Contains("15.04.2026. 14:00, Domes zāle (pārcelta)", moved.CardText);
        var calls = Since(before);
        Assert.Equal(2, calls.Count);
        Assert.Equal(("GET", Events + "/event-1/instances"), (calls[0].Method, calls[0].Path));
        // 10:00 in Riga on 14 April is 07:00 UTC (summer time), for 90 minutes.
        Assert.Equal("2026-04-14T07:00:00Z", calls[0].Query["startDateTime"]);
        Assert.Equal("2026-04-14T08:30:00Z", calls[0].Query["endDateTime"]);
        var instance = FakeGraph.InstanceId(new DateTimeOffset(2026, 4, 14, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(("PATCH", Events + "/" + instance), (calls[1].Method, calls[1].Path));
        Assert.Equal("2026-04-15T14:00:00", calls[1].Body!["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("2026-04-15T15:30:00", calls[1].Body!["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("FLE Standard Time", calls[1].Body!["start"]!["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancelling_a_meeting_cancels_that_instance_with_a_comment()
    {
        var (bot, d, scheduled) = await ScheduledAsync();
        await using var _ = bot;
        var before = graph.Requests.Count;

        var cancelled = await d.PressAsync(d.World.Anna, scheduled.Card, Verbs.CancelMeeting, On("2026-03-10"));

        Assert.DoesNotContain("10.03.2026.", cancelled.CardText);
        var calls = Since(before);
        Assert.Equal(2, calls.Count);
        Assert.Equal("2026-03-10T08:00:00Z", calls[0].Query["startDateTime"]);
        var instance = FakeGraph.InstanceId(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(("POST", Events + "/" + instance + "/cancel"), (calls[1].Method, calls[1].Path));
        // The SDK names the parameter as Graph's metadata does ("Comment"); Graph takes it in any case.
        var comment = calls[1].Body!.Single(p => p.Key.Equals("comment", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal("Šī sanāksme ir atcelta.", comment!.GetValue<string>());
    }

    [Fact]
    public async Task Ending_the_series_sets_the_end_date_of_its_recurrence()
    {
        var (bot, d, scheduled) = await ScheduledAsync();
        await using var _ = bot;
        var before = graph.Requests.Count;

        await d.PressAsync(d.World.Anna, scheduled.Card, Verbs.EndSeries, On("2026-05-12"));

        var patch = Assert.Single(Since(before));
        Assert.Equal(("PATCH", Events + "/event-1"), (patch.Method, patch.Path));
        var recurrence = patch.Body!["recurrence"]!;
        Assert.Equal("relativeMonthly", recurrence["pattern"]!["type"]!.GetValue<string>());
        Assert.Equal("endDate", recurrence["range"]!["type"]!.GetValue<string>());
        Assert.Equal("2026-03-10", recurrence["range"]!["startDate"]!.GetValue<string>());
        Assert.Equal("2026-05-11", recurrence["range"]!["endDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ending_the_series_at_its_first_meeting_cancels_the_invitation()
    {
        var (bot, d, scheduled) = await ScheduledAsync();
        await using var _ = bot;
        var before = graph.Requests.Count;

        await d.PressAsync(d.World.Anna, scheduled.Card, Verbs.EndSeries, On("2026-03-10"));

        var cancel = Assert.Single(Since(before));
        Assert.Equal(("POST", Events + "/event-1/cancel"), (cancel.Method, cancel.Path));
    }

    [Fact]
    public async Task Changing_the_series_from_a_date_ends_the_old_invitation_and_sends_a_new_one()
    {
        var (bot, d, scheduled) = await ScheduledAsync();
        await using var _ = bot;
        var before = graph.Requests.Count;
        var suffix = CardPress.DataOf(scheduled.Card, Verbs.ChangeSeries, On("2026-05-12"))[
            "input"
        ]!.GetValue<string>();

        var changed = await d.PressAsync(
            d.World.Anna,
            scheduled.Card,
            Verbs.ChangeSeries,
            On("2026-05-12"),
            (MeetingForm.Start + suffix, "13:00"),
            (MeetingForm.Duration + suffix, "60"),
            (MeetingForm.Place + suffix, "Teams")
        );

        var calls = Since(before);
        Assert.Equal(2, calls.Count);
        Assert.Equal(("PATCH", Events + "/event-1"), (calls[0].Method, calls[0].Path));
        Assert.Equal("2026-05-11", calls[0].Body!["recurrence"]!["range"]!["endDate"]!.GetValue<string>());
        Assert.Equal(("POST", Events), (calls[1].Method, calls[1].Path));
        Assert.Equal("2026-05-12T13:00:00", calls[1].Body!["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("2026-05-12", calls[1].Body!["recurrence"]!["range"]!["startDate"]!.GetValue<string>());
        Assert.Contains(FakeGraph.JoinUrlOf("event-2"), JoinLinks(changed.Card));
    }

    [Fact]
    public async Task Someone_joining_the_team_is_added_to_the_invitation()
    {
        var (bot, d, _) = await ScheduledAsync();
        await using var __ = bot;
        var before = graph.Requests.Count;

        var ilze = d.World.Join("Ilze Kļaviņa");
        await bot.DeliverAsync(d.World.TeamMembersAdded(d.World.Anna, ilze));

        var patch = Assert.Single(Since(before));
        Assert.Equal(("PATCH", Events + "/event-1"), (patch.Method, patch.Path));
        var addresses = patch.Body!["attendees"]!
            .AsArray()
            .Select(a => a!["emailAddress"]!["address"]!.GetValue<string>())
            .ToList();
        Assert.Equal(4, addresses.Count);
        Assert.Contains(ilze.Upn, addresses);
        Assert.Null(patch.Body["recurrence"]);
    }

    [Fact]
    public async Task A_throttled_create_is_retried_after_retry_after_and_the_event_is_made_once()
    {
        var bot = await StartBotAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        graph.FailNext(1, 429, retryAfterSeconds: 1);

        var scheduled = await ScheduleAsync(d);

        Assert.Equal(2, graph.Requests.Count(r => r is { Method: "POST", Path: Events }));
        Assert.Equal(1, graph.Created);
        Assert.DoesNotContain("Outlook", scheduled.CardText);
        Assert.Equal("event-1", (await StoredSeriesAsync(bot, d.World)).Invitation?.EventId);
    }

    [Fact]
    public async Task When_graph_keeps_failing_the_series_is_saved_and_the_chair_is_told()
    {
        var bot = await StartBotAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        graph.FailNext(50, 503);

        var scheduled = await ScheduleAsync(d);

        Assert.Equal(200, scheduled.StatusCode);
        Assert.Contains("Sanāksmes ieplānotas", scheduled.CardText);
        Assert.Contains("Outlook ielūgums netika nosūtīts", scheduled.CardText);
        Assert.Contains("10.03.2026. 10:00, Domes zāle", scheduled.CardText);
        Assert.True(graph.Requests.Count > 1, "the Graph client retried");
        Assert.Equal(0, graph.Created);
        var series = await StoredSeriesAsync(bot, d.World);
        Assert.Null(series.Invitation);
        Assert.Empty(JoinLinks(scheduled.Card));
    }

    private static string CancelOf(int year, int month, int day, int utcHour) =>
        Events + "/" + FakeGraph.InstanceId(new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero)) + "/cancel";

    /// <summary>
    /// Outlook misses a cancellation: the chairs see that the invitation lags behind, the next change brings the missed
    /// one along, and "Update Outlook invitation" sends what is still missing, once.
    /// </summary>
    [Fact]
    public async Task A_change_outlook_missed_goes_with_the_next_one_or_when_a_chair_asks()
    {
        var (bot, d, scheduled) = await ScheduledAsync();
        await using var _ = bot;
        var anna = d.World.Anna;
        graph.FailNext(50, 503);

        var missed = await d.PressAsync(anna, scheduled.Card, Verbs.CancelMeeting, On("2026-04-14"));
        Assert.Contains("Outlook ielūgums netika atjaunināts", missed.CardText);
        Assert.Contains("Šo sanāksmju Outlook ielūgumos vēl nav visu izmaiņu: “Sadarbības grupas sanāksme”.", missed.CardText);
        var janisSees = await d.AskInChannelAsync(d.World.Janis, "sanāksmes");
        Assert.False(CardPress.HasButton(janisSees, Verbs.SyncInvitation));

        graph.Heal();
        var before = graph.Requests.Count;
        var next = await d.PressAsync(anna, missed.Card, Verbs.CancelMeeting, On("2026-05-12"));
        var cancels = Since(before).Where(r => r.Method == "POST").Select(r => r.Path).ToList();
        Assert.Equal([CancelOf(2026, 4, 14, 7), CancelOf(2026, 5, 12, 7)], cancels);
        Assert.DoesNotContain("vēl nav visu izmaiņu", next.CardText);
        Assert.False(CardPress.HasButton(next.Card, Verbs.SyncInvitation));

        graph.FailNext(50, 503);
        var third = await d.PressAsync(anna, next.Card, Verbs.CancelMeeting, On("2026-06-09"));
        graph.Heal();
        before = graph.Requests.Count;
        var updated = await d.PressAsync(anna, third.Card, Verbs.SyncInvitation);
        Assert.Contains("Outlook ielūgumi ir atjaunināti.", updated.CardText);
        Assert.Equal([CancelOf(2026, 6, 9, 7)], Since(before).Where(r => r.Method == "POST").Select(r => r.Path).ToList());
        var forged = await d.SendForgedAsync(d.World.Janis, CardPress.DataOf(third.Card, Verbs.SyncInvitation));
        Assert.Contains("tikai grupas vadītāji", forged.Text);
    }

    [Fact]
    public async Task An_invitation_that_was_never_sent_is_sent_when_a_chair_asks()
    {
        var bot = await StartBotAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        graph.FailNext(50, 503);
        var scheduled = await ScheduleAsync(d);
        Assert.Contains("Outlook ielūgums netika nosūtīts", scheduled.CardText);
        graph.Heal();

        var sent = await d.PressAsync(d.World.Anna, scheduled.Card, Verbs.SyncInvitation);

        Assert.Contains("Outlook ielūgumi ir atjaunināti.", sent.CardText);
        Assert.Equal(1, graph.Created);
        Assert.NotNull((await StoredSeriesAsync(bot, d.World)).Invitation);
        Assert.NotEmpty(JoinLinks(sent.Card));
        Assert.False(CardPress.HasButton(sent.Card, Verbs.SyncInvitation));
    }

    [Fact]
    public async Task Without_graph_enabled_no_request_reaches_graph()
    {
        var bot = await StartBotAsync(graphEnabled: false);
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();

        var scheduled = await ScheduleAsync(d);
        await d.PressAsync(d.World.Anna, scheduled.Card, Verbs.CancelMeeting, On("2026-03-10"));
        var ilze = d.World.Join("Ilze Kļaviņa");
        await bot.DeliverAsync(d.World.TeamMembersAdded(d.World.Anna, ilze));

        Assert.Contains("Sanāksmes ieplānotas", scheduled.CardText);
        Assert.DoesNotContain("Outlook", scheduled.CardText);
        Assert.Empty(JoinLinks(scheduled.Card));
        Assert.Empty(graph.Requests);
        Assert.Null((await StoredSeriesAsync(bot, d.World)).Invitation);
    }
}
