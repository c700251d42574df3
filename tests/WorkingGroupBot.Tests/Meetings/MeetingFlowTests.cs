using System.Net;
using System.Text.Json.Nodes;
using Ical.Net;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Meetings;

public sealed class MeetingFlowTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private readonly LoopbackConnector connector = fixture.Connector;
    private static readonly DateOnly Today = PlanDriver.Today;

    private Task<(BotHost Bot, PlanDriver Driver)> GroupWithMonthlyMeetingAsync() => MonthlyMeeting.StartAsync(fixture);

    /// <summary>The notice the channel gets a day before the first meeting (9 March 2026, 10:00).</summary>
    private async Task<JsonObject> NoticeTheDayBeforeAsync(BotHost bot, PlanDriver d)
    {
        bot.SetRigaTime(new DateOnly(2026, 3, 9), 10, 0);
        await bot.SweepAsync();
        return Assert.Single(NoticesIn(d)).Card!;
    }

    private List<ConnectorCall> NoticesIn(PlanDriver d) =>
        connector.MessagesTo(d.World.ChannelId).Where(m => m.CardText.StartsWith("Sanāksme: ", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_chair_schedules_every_second_tuesday_at_ten_and_meetings_lists_the_right_dates()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;

        var list = CardTexts.Of(await d.AskInChannelAsync(d.World.Janis, "sanāksmes"));

        Assert.Contains("10.03.2026. 10:00, Domes zāle", list);
        Assert.Contains("14.04.2026. 10:00, Domes zāle", list);
        Assert.Contains("12.05.2026. 10:00", list);
        Assert.DoesNotContain("Ieplānot sanāksmi", list);
    }

    [Fact]
    public async Task The_notice_arrives_a_day_and_an_hour_before_with_the_agenda_from_the_plan()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        await d.CreateActionAsync(anna, "Skolotāju seminārs", [janis], Today.AddDays(2), "Speciālistu apmācība");
        await d.CreateActionAsync(anna, "Bukleti vecākiem", [liga], Today.AddDays(12), "Vecāku izglītošana");
        await d.CreateActionAsync(anna, "Datu pārskats", [liga], Today.AddDays(60), "Datu vākšana un analīze");
        var blocked = await d.CreateActionAsync(anna, "Telpu meklēšana", [janis], Today.AddDays(20), "Sabiedrības informēšana");
        await d.PressAsync(janis, blocked.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Blocked", (ActionForm.Reason, "Nav budžeta"));

        bot.SetRigaTime(new DateOnly(2026, 3, 9), 9, 59);
        await bot.SweepAsync();
        Assert.Empty(NoticesIn(d));
        bot.SetRigaTime(new DateOnly(2026, 3, 9), 10, 0);
        await bot.SweepAsync();
        bot.SetRigaTime(new DateOnly(2026, 3, 10), 9, 0);
        await bot.SweepAsync();

        var notices = NoticesIn(d);
        Assert.Equal(2, notices.Count);
        var agenda = notices[0].CardText;
        Assert.Contains("10.03.2026. 10:00, Domes zāle", agenda);
        Assert.Contains("Nokavēts: #1 Skolotāju seminārs — Jānis Kalniņš", agenda);
        Assert.Contains("Termiņš līdz nākamajai sanāksmei: #2 Bukleti vecākiem", agenda);
        Assert.Contains("Bloķēts: #4 Telpu meklēšana — Jānis Kalniņš, 22.03.2026. — Nav budžeta", agenda);
        Assert.DoesNotContain("Datu pārskats", agenda);
    }

    [Fact]
    public async Task Attendance_buttons_update_the_notice_in_place()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        var notice = await NoticeTheDayBeforeAsync(bot, d);

        await d.PressAsync(d.World.Janis, notice, Verbs.Attend, x => x["answer"]!.GetValue<string>() == "yes");
        await d.PressAsync(d.World.Liga, notice, Verbs.Attend, x => x["answer"]!.GetValue<string>() == "no");
        var answer = await d.PressAsync(d.World.Anna, notice, Verbs.Attend, x => x["answer"]!.GetValue<string>() == "yes");

        Assert.Contains("Piedalīsies: 2 · Nepiedalīsies: 1", answer.CardText);
        Assert.Contains("✓ Jūs piedalīsieties.", answer.CardText); // said to the one who pressed
        var changedMind = await d.PressAsync(d.World.Liga, notice, Verbs.Attend, x => x["answer"]!.GetValue<string>() == "yes");
        Assert.Contains("Piedalīsies: 3 · Nepiedalīsies: 0", changedMind.CardText);
    }

    /// <summary>A notice is the channel's: whoever answers it, it stays in the group's language for everyone.</summary>
    [Fact]
    public async Task A_notice_answered_by_someone_with_english_teams_stays_in_the_groups_language()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        var notice = await NoticeTheDayBeforeAsync(bot, d);

        var answer = await bot.InvokeAsync(d.World.ChannelInvoke(d.World.Janis, CardPress.DataOf(notice, Verbs.Attend, x => x["answer"]!.GetValue<string>() == "yes"), locale: "en-US"));

        Assert.StartsWith("Sanāksme: ", answer.CardText);
        Assert.Contains("Piedalīsies: 1", answer.CardText);
    }

    [Fact]
    public async Task Decisions_become_actions_in_my_actions_and_show_on_the_next_agenda()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        bot.SetRigaTime(new DateOnly(2026, 3, 10), 12, 0);
        var meetings = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        var form = await d.PressAsync(d.World.Anna, meetings, Verbs.Decisions, x => x["occurrence"]!.GetValue<string>() == "2026-03-10");
        var area = CardPress.ChoicesOf(form.Card, ActionForm.Area).Keys.First();

        var saved = await d.PressAsync(d.World.Anna, form.Card, Verbs.SaveDecisions, null,
            (ActionForm.Title, "Sagatavot informatīvo vēstuli skolām"),
            (ActionForm.Area, area),
            (ActionForm.Responsible, d.World.Liga.AadObjectId),
            (ActionForm.Deadline, "2026-04-01"),
            (DecisionsCard.OtherDecisions, "Nākamajā sanāksmē aicināt policiju\nPārskatīt plānu jūnijā"));

        Assert.Contains("Sagatavot informatīvo vēstuli skolām (#1)", saved.CardText);
        Assert.Contains("Nākamajā sanāksmē aicināt policiju", saved.CardText);
        Assert.Contains("Pārskatīt plānu jūnijā", saved.CardText);
        Assert.Contains("#1 Sagatavot informatīvo vēstuli skolām", CardTexts.Of(await d.AskPersonallyAsync(d.World.Liga, "mani uzdevumi")));

        bot.SetRigaTime(new DateOnly(2026, 4, 13), 10, 0);
        await bot.SweepAsync();
        var next = NoticesIn(d)[^1].CardText;
        Assert.Contains("Iepriekšējās sanāksmes lēmumi", next);
        Assert.Contains("Sagatavot informatīvo vēstuli skolām → #1 Sagatavot informatīvo vēstuli skolām: atvērts", next);
    }

    [Fact]
    public async Task A_cancelled_meeting_gets_no_notice_and_a_moved_one_is_announced_at_its_new_time()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        var list = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        await d.PressAsync(d.World.Anna, list, Verbs.CancelMeeting, x => x["occurrence"]!.GetValue<string>() == "2026-03-10");
        var suffix = CardPress.DataOf(list, Verbs.MoveMeeting, x => x["occurrence"]!.GetValue<string>() == "2026-04-14")["input"]!.GetValue<string>();
        var moved = await d.PressAsync(d.World.Anna, list, Verbs.MoveMeeting, x => x["occurrence"]!.GetValue<string>() == "2026-04-14",
            (MeetingForm.Date + suffix, "2026-04-15"), (MeetingForm.Start + suffix + ".move", "14:00"));
        Assert.Contains("15.04.2026. 14:00, Domes zāle (pārcelta)", moved.CardText);
        Assert.DoesNotContain("10.03.2026.", moved.CardText);

        bot.SetRigaTime(new DateOnly(2026, 3, 10), 9, 30);
        await bot.SweepAsync();
        Assert.Empty(NoticesIn(d));
        bot.SetRigaTime(new DateOnly(2026, 4, 14), 14, 0);
        await bot.SweepAsync();
        Assert.Contains("15.04.2026. 14:00", Assert.Single(NoticesIn(d)).CardText);
    }

    /// <summary>A meeting moved onto Līgo (a public holiday) is saved, and the chair is told it is not a working day; a
    /// move to a working day says nothing of the kind.</summary>
    [Fact]
    public async Task A_meeting_moved_onto_a_holiday_is_saved_with_a_warning()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        var list = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        Func<JsonObject, bool> april = x => x["occurrence"]!.GetValue<string>() == "2026-04-14";
        var suffix = CardPress.DataOf(list, Verbs.MoveMeeting, april)["input"]!.GetValue<string>();

        var onHoliday = await d.PressAsync(d.World.Anna, list, Verbs.MoveMeeting, april, (MeetingForm.Date + suffix, "2026-06-23"));
        var onWorkingDay = await d.PressAsync(d.World.Anna, list, Verbs.MoveMeeting, april, (MeetingForm.Date + suffix, "2026-04-15"));

        Assert.Contains("Nav darba dienā: otrd., 23.06.2026. (svētku diena)", onHoliday.CardText);
        Assert.Contains("Sanāksme saglabāta.", onHoliday.CardText);
        Assert.DoesNotContain("Nav darba dienā", onWorkingDay.CardText);
    }

    [Fact]
    public async Task A_chair_changes_the_series_from_a_date_on_and_earlier_meetings_stay()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        var list = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        bool May(System.Text.Json.Nodes.JsonObject x) => x["occurrence"]!.GetValue<string>() == "2026-05-12";
        var suffix = CardPress.DataOf(list, Verbs.ChangeSeries, May)["input"]!.GetValue<string>();

        var changed = await d.PressAsync(d.World.Anna, list, Verbs.ChangeSeries, May,
            (MeetingForm.Start + suffix, "13:00"), (MeetingForm.Duration + suffix, "60"), (MeetingForm.Place + suffix, "Teams"));

        Assert.Contains("14.04.2026. 10:00, Domes zāle", changed.CardText);
        Assert.Contains("12.05.2026. 13:00, Teams", changed.CardText);
        Assert.Contains("09.06.2026. 13:00, Teams", changed.CardText);
        Assert.DoesNotContain("12.05.2026. 10:00", changed.CardText);
    }

    [Fact]
    public async Task The_group_and_personal_calendar_feeds_parse_and_hold_the_right_events_and_a_revoked_link_is_404()
    {
        var (bot, d) = await GroupWithMonthlyMeetingAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Ziņojums domei", [d.World.Janis], Today.AddDays(9));
        string Url(System.Text.Json.Nodes.JsonObject card, int i) => new Uri(card["body"]!.AsArray()
            .Where(b => b!["text"]?.GetValue<string>().EndsWith(".ics") == true).ElementAt(i)!["text"]!.GetValue<string>()).AbsolutePath;

        var chairCard = await d.AskPersonallyAsync(d.World.Anna, "kalendārs");
        var groupFeed = Calendar.Load(await bot.Http.GetStringAsync(bot.Url + Url(chairCard, 1)))!;
        var janisCard = await d.AskPersonallyAsync(d.World.Janis, "kalendārs");
        var janisFeedPath = Url(janisCard, 0);
        var janisFeed = Calendar.Load(await bot.Http.GetStringAsync(bot.Url + janisFeedPath))!;

        var meeting = Assert.Single(groupFeed.Events);
        Assert.Equal("Sadarbības grupas sanāksme", meeting.Summary);
        Assert.Equal("FREQ=MONTHLY;BYDAY=2TU", meeting.RecurrenceRule!.ToString());
        Assert.Equal(new DateTime(2026, 4, 14, 7, 0, 0, DateTimeKind.Utc), meeting.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2026, 4, 1)).First().Period.StartTime.AsUtc);
        Assert.Equal(2, janisFeed.Events.Count);
        Assert.Contains(janisFeed.Events, e => e.Summary == "#1 Ziņojums domei" && e.DtStart!.Date == Today.AddDays(9));

        var revoked = await d.PressAsync(d.World.Janis, janisCard, Verbs.RevokeFeed);
        Assert.Contains("Saite atsaukta", revoked.CardText);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(bot.Url + janisFeedPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(bot.Url + "/calendar/0123456789abcdef0123456789abcdef0123456789abcdef.ics")).StatusCode);
        var forged = await d.PressAsync(d.World.Janis, janisCard, Verbs.RevokeFeed, null, ("feed", "group"));
        Assert.Contains("tikai grupas vadītāji", forged.Text);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync(bot.Url + Url(chairCard, 1))).StatusCode);
    }
}
