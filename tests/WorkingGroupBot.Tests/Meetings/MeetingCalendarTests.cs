using WorkingGroupBot.Meetings;

namespace WorkingGroupBot.Tests.Meetings;

public sealed class MeetingCalendarTests
{
    private static readonly DateTimeOffset March1 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static MeetingSeries Series(string rrule, DateOnly first, int hour = 10) => new()
    {
        Id = "s1",
        Title = "Sadarbības grupa",
        FirstDate = first,
        Start = new TimeOnly(hour, 0),
        DurationMinutes = 120,
        RRule = rrule,
        TimeZone = "Europe/Riga",
    };

    private static List<string> Starts(MeetingSeries series, int count = 4) =>
        MeetingCalendar.Between(series, March1, March1.AddYears(1)).Take(count).Select(m => m.Start.ToString("yyyy-MM-dd HH:mmzzz")).ToList();

    [Fact]
    public void Every_second_tuesday_at_ten_stays_at_ten_local_across_the_clock_change()
    {
        var series = Series("FREQ=MONTHLY;BYDAY=2TU", new DateOnly(2026, 3, 10));

        Assert.Equal(["2026-03-10 08:00+00:00", "2026-04-14 07:00+00:00", "2026-05-12 07:00+00:00"], Starts(series, 3));
    }

    [Fact]
    public void Weekly_every_two_weeks_and_monthly_on_a_day()
    {
        Assert.Equal(["2026-03-02 08:00+00:00", "2026-03-09 08:00+00:00"], Starts(Series("FREQ=WEEKLY;BYDAY=MO", new DateOnly(2026, 3, 2)), 2));
        Assert.Equal(["2026-03-24 08:00+00:00", "2026-04-07 07:00+00:00"], Starts(Series("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", new DateOnly(2026, 3, 24)), 2));
        Assert.Equal(["2026-10-15 07:00+00:00", "2026-11-15 08:00+00:00"], Starts(Series("FREQ=MONTHLY;BYMONTHDAY=15", new DateOnly(2026, 10, 15)), 2));
    }

    [Fact]
    public void A_cancelled_meeting_is_left_out_and_a_moved_one_is_held_where_it_went()
    {
        var series = Series("FREQ=MONTHLY;BYDAY=2TU", new DateOnly(2026, 3, 10)) with
        {
            Cancelled = [new DateOnly(2026, 4, 14)],
            Moved = [new MovedOccurrence(new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13), new TimeOnly(14, 0))],
        };

        Assert.Equal(["2026-03-10 08:00+00:00", "2026-05-13 11:00+00:00", "2026-06-09 07:00+00:00"], Starts(series, 3));
        Assert.True(MeetingCalendar.Find(series, new DateOnly(2026, 5, 12))!.Moved);
        Assert.Null(MeetingCalendar.Find(series, new DateOnly(2026, 4, 14)));
    }

    [Fact]
    public void An_ended_series_has_no_meetings_after_its_last_date()
    {
        var series = Series("FREQ=WEEKLY;BYDAY=MO", new DateOnly(2026, 3, 2)) with { EndsOn = new DateOnly(2026, 3, 16) };

        Assert.Equal(3, MeetingCalendar.Between(series, March1, March1.AddYears(1)).Count);
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=2TU", true)]
    [InlineData("FREQ=WEEKLY;INTERVAL=3;BYDAY=WE", true)]
    [InlineData("FREQ=HOURLY", false)]
    [InlineData("not a rule", false)]
    public void Custom_rules_are_checked_by_ical_net(string rrule, bool valid) =>
        Assert.Equal(valid, MeetingCalendar.Problem(rrule) is null);
}
