using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Plans;

namespace WorkingGroupBot.Tests.Reminders;

/// <summary>Latvia's public holidays, computed (no holiday package is served here), and the overdue reminders that
/// count working days around them.</summary>
public sealed class LatvianCalendarTests
{
    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    public void Easter_sunday_is_computed_right(int year, string easter) =>
        Assert.Equal(DateOnly.Parse(easter), LatvianCalendar.EasterSunday(year));

    [Fact]
    public void The_holidays_of_2025_include_the_easter_days_pentecost_and_4_May_moved_from_sunday_to_monday()
    {
        string[] expected =
        [
            "2025-01-01", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-04", "2025-05-05", "2025-05-11",
            "2025-06-08", "2025-06-23", "2025-06-24", "2025-11-18", "2025-12-24", "2025-12-25", "2025-12-26", "2025-12-31",
        ];

        Assert.Equal(expected.Select(DateOnly.Parse), LatvianCalendar.Holidays(2025));
    }

    [Theory]
    [InlineData("2026-05-11", false)] // 4 May 2026 is a Monday itself: nothing moves
    [InlineData("2027-05-10", false)] // 4 May 2027 is a Tuesday
    [InlineData("2028-11-20", true)] // 18 November 2028 is a Saturday
    [InlineData("2029-11-19", true)] // 18 November 2029 is a Sunday
    [InlineData("2030-05-06", true)] // 4 May 2030 is a Saturday
    [InlineData("2026-11-19", false)]
    public void A_4_may_or_18_november_on_a_weekend_gives_the_next_monday_off(string monday, bool holiday) =>
        Assert.Equal(holiday, LatvianCalendar.IsHoliday(DateOnly.Parse(monday)));

    [Theory]
    [InlineData("2026-06-23", false)] // Līgo, a Tuesday
    [InlineData("2026-06-24", false)]
    [InlineData("2026-04-03", false)] // Good Friday
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2026-12-31", false)]
    [InlineData("2026-12-28", true)]
    [InlineData("2026-06-20", false)] // a Saturday
    [InlineData("2026-06-22", true)]
    public void Working_days_are_weekdays_that_are_no_holiday(string date, bool working) =>
        Assert.Equal(working, LatvianCalendar.WithoutTransfers.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void A_day_off_and_a_working_saturday_the_cabinet_moved_change_only_the_calendar_they_are_given_to()
    {
        var (friday, saturday) = (new DateOnly(2027, 11, 19), new DateOnly(2027, 11, 27));
        var moved = new CalendarOptions { DaysOff = [friday], WorkingDays = [saturday] }.Calendar();

        Assert.False(moved.IsWorkingDay(friday));
        Assert.True(moved.IsWorkingDay(saturday));
        Assert.False(LatvianCalendar.IsHoliday(friday)); // a day off, not a public holiday: no "(svētku diena)"
        Assert.True(LatvianCalendar.WithoutTransfers.IsWorkingDay(friday));
        Assert.False(LatvianCalendar.WithoutTransfers.IsWorkingDay(saturday));
    }

    [Fact]
    public void A_configured_day_off_on_a_weekend_or_a_working_day_on_a_weekday_is_refused_at_start_up()
    {
        var options = new CalendarOptions
        {
            DaysOff = [new DateOnly(2027, 11, 20), new DateOnly(2027, 11, 19)],
            WorkingDays = [new DateOnly(2027, 11, 26), new DateOnly(2027, 11, 27)],
        };

        var problems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), problems, validateAllProperties: true);

        Assert.False(valid);
        Assert.Collection(
            problems,
            p => Assert.StartsWith("Calendar:DaysOff: 2027-11-20 ", p.ErrorMessage),
            p => Assert.StartsWith("Calendar:WorkingDays: 2027-11-26 ", p.ErrorMessage));
    }

    [Fact]
    public void Overdue_reminders_count_working_days_past_the_midsummer_holidays()
    {
        // Due Friday 19 June 2026; every 3 working days: Mon 22, (Līgo 23 and Jāņi 24 off), Thu 25, Fri 26.
        var due = new DateOnly(2026, 6, 19);
        var action = Build.Action(responsible: "janis") with { Deadline = due };

        var overdue = ReminderSchedule.ForMember(action, "janis", new ReminderPolicy(), LatvianCalendar.WithoutTransfers, Group.DefaultTimeZone)
            .Select(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.DueAt, GroupClock.Zone(Group.DefaultTimeZone)).DateTime))
            .Where(d => d > due)
            .Take(2)
            .ToList();

        Assert.Equal([new DateOnly(2026, 6, 26), new DateOnly(2026, 7, 1)], overdue);
    }

    [Fact]
    public void A_deadline_or_meeting_day_on_a_public_holiday_says_so_in_both_languages()
    {
        var ligo = new DateOnly(2026, 6, 23);

        Assert.EndsWith("(svētku diena)", WorkingGroupBot.Cards.Formats.Day(WorkingGroupBot.Texts.TextSet.For(WorkingGroupBot.Texts.Language.Latvian), ligo));
        Assert.EndsWith("(public holiday)", WorkingGroupBot.Cards.Formats.Day(WorkingGroupBot.Texts.TextSet.For(WorkingGroupBot.Texts.Language.English), ligo));
        Assert.DoesNotContain("(", WorkingGroupBot.Cards.Formats.Day(WorkingGroupBot.Texts.TextSet.For(WorkingGroupBot.Texts.Language.English), ligo.AddDays(2)));
    }
}
