using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Meetings;

/// <summary>The meetings of a series, computed by Ical.Net from its RRULE in the group's time zone.</summary>
public static class MeetingCalendar
{
    /// <summary>The series' meetings that start in [from, to), in order; cancelled ones left out, moved ones where they
    /// went.</summary>
    public static IReadOnlyList<Meeting> Between(MeetingSeries series, DateTimeOffset from, DateTimeOffset to)
    {
        var zone = GroupClock.Zone(series.TimeZone);
        var moved = series.Moved.ToDictionary(m => m.OriginalDate);
        var planned = ToEvent(series)
            .GetOccurrences(Local(from.AddDays(-1), series.TimeZone))
            .Select(o => DateOnly.FromDateTime(o.Period.StartTime.Value))
            .TakeWhile(date => LocalTime.At(date, series.Start, zone) < to.AddDays(1))
            .Where(date => series.EndsOn is null || date <= series.EndsOn)
            .Where(date => !series.Cancelled.Contains(date) && !moved.ContainsKey(date))
            .Select(date => Make(series, date, date, series.Start, moved: false));
        var movedHere = series
            .Moved.Where(m => !series.Cancelled.Contains(m.OriginalDate))
            .Select(m => Make(series, m.OriginalDate, m.Date, m.Start, moved: true));
        return planned.Concat(movedHere).Where(m => m.Start >= from && m.Start < to).OrderBy(m => m.Start).ToList();
    }

    /// <summary>The meeting planned on this date, if the series still has it.</summary>
    public static Meeting? Find(MeetingSeries series, DateOnly originalDate)
    {
        var zone = GroupClock.Zone(series.TimeZone);
        var day = LocalTime.At(originalDate, TimeOnly.MinValue, zone);
        var moved = series.Moved.FirstOrDefault(m => m.OriginalDate == originalDate);
        var candidates = moved is null
            ? Between(series, day, day.AddDays(1))
            : Between(
                series,
                LocalTime.At(moved.Date, TimeOnly.MinValue, zone),
                LocalTime.At(moved.Date, TimeOnly.MinValue, zone).AddDays(1)
            );
        return candidates.FirstOrDefault(m => m.OriginalDate == originalDate);
    }

    /// <summary>Null when Ical.Net accepts the rule; otherwise why not.</summary>
    public static string? Problem(string rrule)
    {
        try
        {
            var pattern = new RecurrencePattern(rrule);
            return pattern.Frequency is FrequencyType.Secondly or FrequencyType.Minutely or FrequencyType.Hourly
                ? "too frequent"
                : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return e.Message;
        }
    }

    /// <summary>The series as an iCalendar event, with its cancelled meetings as EXDATEs and moved ones as
    /// overrides.</summary>
    public static IEnumerable<CalendarEvent> ToEvents(MeetingSeries series, string uidDomain, DateTimeOffset stamp)
    {
        var main = ToEvent(series);
        main.Uid = $"{series.Id}@{uidDomain}";
        main.DtStamp = new CalDateTime(stamp.UtcDateTime);
        foreach (var move in series.Moved)
        {
            main.ExceptionDates.Add(new CalDateTime(move.OriginalDate.ToDateTime(series.Start), series.TimeZone));
        }

        yield return main;
        foreach (var move in series.Moved.Where(m => !series.Cancelled.Contains(m.OriginalDate)))
        {
            yield return new CalendarEvent
            {
                Uid = $"{series.Id}-{move.OriginalDate:yyyyMMdd}@{uidDomain}",
                DtStamp = new CalDateTime(stamp.UtcDateTime),
                Summary = series.Title,
                Location = series.Place,
                DtStart = new CalDateTime(move.Date.ToDateTime(move.Start), series.TimeZone),
                Duration = Duration.FromMinutes(series.DurationMinutes),
            };
        }
    }

    private static CalendarEvent ToEvent(MeetingSeries series)
    {
        var rule = new RecurrencePattern(series.RRule);
        if (series.EndsOn is { } end)
        {
            // iCalendar wants UNTIL in UTC when DTSTART has a time zone.
            rule.Until = new CalDateTime(
                LocalTime.At(end, new TimeOnly(23, 59, 59), GroupClock.Zone(series.TimeZone)).UtcDateTime
            );
        }

        var ev = new CalendarEvent
        {
            Summary = series.Title,
            Location = series.Place,
            DtStart = new CalDateTime(series.FirstDate.ToDateTime(series.Start), series.TimeZone),
            Duration = Duration.FromMinutes(series.DurationMinutes),
            RecurrenceRule = rule,
        };
        foreach (var date in series.Cancelled)
        {
            ev.ExceptionDates.Add(new CalDateTime(date.ToDateTime(series.Start), series.TimeZone));
        }

        return ev;
    }

    private static Meeting Make(MeetingSeries series, DateOnly originalDate, DateOnly date, TimeOnly start, bool moved)
    {
        var begins = LocalTime.At(date, start, GroupClock.Zone(series.TimeZone));
        return new Meeting(
            series.Id,
            originalDate,
            begins,
            begins.AddMinutes(series.DurationMinutes),
            series.Title,
            series.Place,
            moved
        )
        {
            JoinUrl = series.Invitation?.JoinUrl,
        };
    }

    private static CalDateTime Local(DateTimeOffset instant, string timeZone) =>
        new(TimeZoneInfo.ConvertTime(instant, GroupClock.Zone(timeZone)).DateTime, timeZone);
}
