using WorkingGroupBot.Meetings;

namespace WorkingGroupBot.Tests.Meetings;

/// <summary>Every recurrence the schedule form makes, and the custom rules Outlook can say, as Graph's
/// patternedRecurrence; the ones it cannot say get no invitation.</summary>
public sealed class OutlookRecurrenceTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);

    private static MeetingSeries Series(string rrule, DateOnly? first = null, DateOnly? endsOn = null) =>
        new()
        {
            Id = "s1",
            Title = "Sanāksme",
            FirstDate = first ?? Tuesday,
            Start = new TimeOnly(10, 0),
            DurationMinutes = 90,
            RRule = rrule,
            TimeZone = "Europe/Riga",
            EndsOn = endsOn,
        };

    private static OutlookRecurrence? FromForm(string choice, int interval = 1, DateOnly? first = null) =>
        OutlookRecurrence.Of(Series(MeetingForm.RuleFor(choice, first ?? Tuesday, interval, "")!, first));

    [Fact]
    public void Weekly_and_every_two_weeks_repeat_on_the_first_meetings_weekday()
    {
        Assert.Equal(
            ("weekly", 1, DayOfWeek.Tuesday),
            FromForm(MeetingForm.Weekly) is { } w ? (w.Kind, w.Interval, w.Days.Single()) : default
        );
        Assert.Equal(
            ("weekly", 2, DayOfWeek.Tuesday),
            FromForm(MeetingForm.Biweekly) is { } b ? (b.Kind, b.Interval, b.Days.Single()) : default
        );
    }

    [Fact]
    public void Monthly_on_the_second_tuesday_and_quarterly_are_relative_monthly()
    {
        var monthly = FromForm(MeetingForm.MonthlyNthWeekday)!;
        var quarterly = FromForm(MeetingForm.Quarterly)!;

        Assert.Equal(
            ("relativeMonthly", 1, "second", DayOfWeek.Tuesday),
            (monthly.Kind, monthly.Interval, monthly.Index, monthly.Days.Single())
        );
        Assert.Equal(("relativeMonthly", 3, "second"), (quarterly.Kind, quarterly.Interval, quarterly.Index));
    }

    [Fact]
    public void The_fifth_weekday_of_a_month_becomes_the_last()
    {
        var last = FromForm(MeetingForm.MonthlyNthWeekday, first: new DateOnly(2026, 3, 31))!;

        Assert.Equal(("relativeMonthly", "last", DayOfWeek.Tuesday), (last.Kind, last.Index, last.Days.Single()));
    }

    [Fact]
    public void Monthly_on_a_date_is_absolute_monthly()
    {
        var onDay = FromForm(MeetingForm.MonthlyDay, interval: 2)!;

        Assert.Equal(("absoluteMonthly", 2, 10), (onDay.Kind, onDay.Interval, onDay.DayOfMonth));
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", "relativeMonthly", "second")]
    [InlineData("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "relativeMonthly", "last")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR", "relativeMonthly", "last")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU,TH", "weekly", null)]
    [InlineData("FREQ=DAILY;INTERVAL=3", "daily", null)]
    [InlineData("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1", "absoluteYearly", null)]
    [InlineData("FREQ=YEARLY;BYMONTH=9;BYDAY=1MO", "relativeYearly", "first")]
    public void Custom_rules_outlook_can_say_are_translated(string rrule, string kind, string? index)
    {
        var recurrence = OutlookRecurrence.Of(Series(rrule))!;

        Assert.Equal((kind, index), (recurrence.Kind, recurrence.Index));
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=5TU")]
    [InlineData("FREQ=YEARLY;BYMONTH=1,7")]
    [InlineData("FREQ=WEEKLY;BYHOUR=10,15")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-1")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1,15")]
    public void Rules_outlook_cannot_say_get_no_invitation(string rrule) =>
        Assert.Null(OutlookRecurrence.Of(Series(rrule)));

    [Fact]
    public void The_range_starts_at_the_first_meeting_and_ends_with_the_series_or_the_rule()
    {
        Assert.Equal((Tuesday, (DateOnly?)null, (int?)null), Range(OutlookRecurrence.Of(Series("FREQ=WEEKLY"))!));
        Assert.Equal(
            (Tuesday, new DateOnly(2026, 6, 30), (int?)null),
            Range(OutlookRecurrence.Of(Series("FREQ=WEEKLY", endsOn: new DateOnly(2026, 6, 30)))!)
        );
        Assert.Equal((Tuesday, (DateOnly?)null, 10), Range(OutlookRecurrence.Of(Series("FREQ=WEEKLY;COUNT=10"))!));
        Assert.Equal(
            (Tuesday, new DateOnly(2026, 12, 31), (int?)null),
            Range(OutlookRecurrence.Of(Series("FREQ=WEEKLY;UNTIL=20261231T215959Z"))!)
        );
    }

    private static (DateOnly, DateOnly?, int?) Range(OutlookRecurrence r) => (r.StartDate, r.EndDate, r.Count);
}
