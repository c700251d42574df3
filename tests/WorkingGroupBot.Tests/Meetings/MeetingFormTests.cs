using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Meetings;

/// <summary>
/// A chair schedules meetings in plain words — how often, which notices — sees the dates before committing, opens any
/// meeting's agenda, and cannot move a meeting into the past.
/// </summary>
public sealed class MeetingFormTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private static readonly DateOnly Today = PlanDriver.Today;

    private static CardInput Form(string recurrence, string first = "2027-01-06", string rrule = "") => new(new JsonObject
    {
        [MeetingForm.Title] = "Sadarbības grupas sanāksme",
        [MeetingForm.FirstDate] = first,
        [MeetingForm.Start] = "10:00",
        [MeetingForm.Recurrence] = recurrence,
        [MeetingForm.Notices] = "1d,1h",
        [MeetingForm.RRule] = rrule,
    });

    [Theory]
    [InlineData(MeetingForm.Weekly, "", "FREQ=WEEKLY;INTERVAL=1;BYDAY=WE")]
    [InlineData(MeetingForm.Biweekly, "", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE")]
    [InlineData(MeetingForm.MonthlyNthWeekday, "", "FREQ=MONTHLY;INTERVAL=1;BYDAY=1WE")]
    [InlineData(MeetingForm.MonthlyDay, "", "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=6")]
    [InlineData(MeetingForm.Quarterly, "", "FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE")]
    [InlineData(MeetingForm.MonthlyNthWeekday, "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=2TU")] // a rule of one's own wins
    public void Each_plain_choice_is_the_rule_it_says(string recurrence, string rrule, string expected)
    {
        var (series, problem) = MeetingForm.Read(Form(recurrence, rrule: rrule), "Europe/Riga", Today);

        Assert.Null(problem);
        Assert.Equal(expected, series!.RRule);
    }

    [Fact]
    public void The_preview_lists_the_next_dates_with_their_weekday_across_months_and_the_change_to_summer_time()
    {
        var (series, _) = MeetingForm.Read(Form(MeetingForm.MonthlyNthWeekday), "Europe/Riga", Today);
        var now = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal("trešd., 06.01.2027. 10:00; trešd., 03.02.2027. 10:00; trešd., 03.03.2027. 10:00; trešd., 07.04.2027. 10:00",
            MeetingForm.NextDates(TextSet.For(Language.Latvian), series!, now));
        Assert.Equal("Wed 6 Jan 2027 10:00; Wed 3 Feb 2027 10:00; Wed 3 Mar 2027 10:00; Wed 7 Apr 2027 10:00",
            MeetingForm.NextDates(TextSet.For(Language.English), series!, now));
    }

    [Fact]
    public void Notice_times_are_offered_in_words_in_both_languages()
    {
        string Labels(Language language) => string.Join(", ", MeetingForm.NoticeChoices.Select(n => MeetingForm.NoticeLabel(TextSet.For(language), n)));

        Assert.Equal("1 ned., 3 d., 1 d., 2 st., 1 st.", Labels(Language.Latvian));
        Assert.Equal("1 week, 3 days, 1 day, 2 hours, 1 hour", Labels(Language.English));
        Assert.Equal([TimeSpan.FromDays(7), TimeSpan.FromHours(2)], MeetingForm.ReadNotices("7d,2h"));
    }

    [Fact]
    public async Task Preview_keeps_the_form_shows_the_dates_and_only_schedule_schedules()
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, fixture.Connector, new TeamsWorld(fixture.Connector));
        await d.SetUpAsync();
        var list = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        var form = (await d.PressAsync(d.World.Anna, list, Verbs.ScheduleMeeting)).Card;
        (string, JsonNode?)[] Filled() =>
        [
            (MeetingForm.Title, "Sadarbības grupas sanāksme"), (MeetingForm.FirstDate, "2026-03-04"), (MeetingForm.Start, "10:00"),
            (MeetingForm.Duration, "90"), (MeetingForm.Place, "Domes zāle"), (MeetingForm.Recurrence, MeetingForm.MonthlyNthWeekday),
            (MeetingForm.Notices, "7d,1h"),
        ];

        var preview = await d.PressAsync(d.World.Anna, form, Verbs.PreviewMeeting, null, Filled());
        Assert.Contains("Nākamās sanāksmes: trešd., 04.03.2026. 10:00; trešd., 01.04.2026. 10:00; trešd., 06.05.2026. 10:00", preview.CardText);
        Assert.Equal("Domes zāle", CardPress.InputValue(preview.Card, MeetingForm.Place));
        Assert.Equal("7d,1h", CardPress.InputValue(preview.Card, MeetingForm.Notices));
        Assert.DoesNotContain("Nav darba dienā", preview.CardText);
        var saturdays = await d.PressAsync(d.World.Anna, form, Verbs.PreviewMeeting, null, [.. Filled(), (MeetingForm.FirstDate, "2026-03-07"), (MeetingForm.Recurrence, MeetingForm.Weekly)]);
        Assert.Contains("Nav darba dienā: sestd., 07.03.2026. 10:00; sestd., 14.03.2026. 10:00", saturdays.CardText);
        Assert.Contains("Nav ieplānotu sanāksmju.", CardTexts.Of(await d.AskInChannelAsync(d.World.Anna, "sanāksmes"))); // nothing scheduled yet

        var scheduled = await d.PressAsync(d.World.Anna, preview.Card, Verbs.CreateMeeting, null, Filled());
        Assert.Contains("Sanāksmes ieplānotas", scheduled.CardText);
        Assert.Contains("Nākamās sanāksmes: trešd., 04.03.2026. 10:00", scheduled.CardText);
    }

    [Fact]
    public async Task Each_meeting_offers_its_agenda_with_a_way_back_and_a_move_into_the_past_is_refused()
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, fixture.Connector, new TeamsWorld(fixture.Connector));
        await d.SetUpAsync();
        var form = (await d.PressAsync(d.World.Anna, await d.AskInChannelAsync(d.World.Anna, "sanāksmes"), Verbs.ScheduleMeeting)).Card;
        var list = (await d.PressAsync(d.World.Anna, form, Verbs.CreateMeeting, null,
            (MeetingForm.Title, "Sanāksme"), (MeetingForm.FirstDate, "2026-03-10"), (MeetingForm.Start, "10:00"),
            (MeetingForm.Recurrence, MeetingForm.Weekly), (MeetingForm.Notices, "1d"))).Card;

        var agenda = await d.PressAsync(d.World.Janis, list, Verbs.Agenda);
        Assert.StartsWith("Sanāksme: Sanāksme", agenda.CardText);
        Assert.Contains("Darba kārtība", agenda.CardText);
        var back = await d.PressAsync(d.World.Janis, agenda.Card, Verbs.Meetings);
        Assert.True(CardPress.HasButton(back.Card, Verbs.Agenda), "the list again");

        var suffix = CardPress.DataOf(list, Verbs.MoveMeeting)[CardData.InputName]!.GetValue<string>();
        var moved = await d.PressAsync(d.World.Anna, list, Verbs.MoveMeeting, null, (MeetingForm.Date + suffix, Today.AddDays(-1).ToString("yyyy-MM-dd")));
        Assert.Contains("⚠ Sanāksmi nevar pārcelt uz pagātni.", moved.CardText);
        Assert.DoesNotContain("pārcelta", moved.CardText, StringComparison.OrdinalIgnoreCase);
    }
}
