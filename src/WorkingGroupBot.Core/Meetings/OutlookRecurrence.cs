using Ical.Net;
using Ical.Net.DataTypes;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// A series' recurrence as Outlook (Microsoft Graph's patternedRecurrence) describes it: a pattern of
/// <see cref="Kind"/> ("daily", "weekly", "absoluteMonthly", "relativeMonthly", "absoluteYearly", "relativeYearly")
/// with its interval, days, week index ("first" … "fourth", "last"), day of month and month; and a range from
/// <see cref="StartDate"/> to <see cref="EndDate"/>, or for <see cref="Count"/> meetings, or with no end.
/// </summary>
public sealed record OutlookRecurrence(
    string Kind,
    int Interval,
    IReadOnlyList<DayOfWeek> Days,
    string? Index,
    int DayOfMonth,
    int Month,
    DateOnly StartDate,
    DateOnly? EndDate,
    int? Count
)
{
    private static readonly string[] Indexes = ["first", "second", "third", "fourth"];

    /// <summary>
    /// The series' RRULE as an Outlook recurrence, or null when Outlook cannot say it (several months, a fifth
    /// weekday, hours, week numbers…): then the series gets no invitation.
    /// </summary>
    public static OutlookRecurrence? Of(MeetingSeries series)
    {
        RecurrencePattern rule;
        try
        {
            rule = new RecurrencePattern(series.RRule);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }

        if (
            rule.ByHour.Count + rule.ByMinute.Count + rule.BySecond.Count + rule.ByWeekNo.Count + rule.ByYearDay.Count
                > 0
            || rule.ByMonth.Count > 1
            || rule.ByMonthDay.Count > 1
            || rule.BySetPosition.Count > 1
        )
        {
            return null;
        }

        var first = series.FirstDate;
        var plain = rule.ByDay.Where(d => d.Offset is null).Select(d => d.DayOfWeek).ToList();
        var empty = new OutlookRecurrence("", Math.Max(rule.Interval, 1), [], null, 0, 0, first, null, null);
        var pattern = rule.Frequency switch
        {
            FrequencyType.Daily when rule.ByDay.Count + rule.ByMonthDay.Count + rule.ByMonth.Count == 0 => empty with
            {
                Kind = "daily",
            },
            FrequencyType.Weekly when plain.Count == rule.ByDay.Count && rule.ByMonthDay.Count == 0 => empty with
            {
                Kind = "weekly",
                Days = plain.Count > 0 ? plain : [first.DayOfWeek],
            },
            FrequencyType.Monthly when rule.ByMonth.Count == 0 => Monthly(empty, rule, plain, first),
            FrequencyType.Yearly when Monthly(empty, rule, plain, first) is { } monthly => monthly with
            {
                Kind = monthly.Kind.Replace("Monthly", "Yearly", StringComparison.Ordinal),
                Month = rule.ByMonth.Count == 1 ? rule.ByMonth[0] : first.Month,
            },
            _ => null,
        };
        return pattern is null ? null : WithRange(pattern, rule, series);
    }

    /// <summary>On a day of the month (BYMONTHDAY, else the first meeting's), or on the Nth weekday (BYDAY=2TU, or
    /// BYDAY=TU;BYSETPOS=2).</summary>
    private static OutlookRecurrence? Monthly(
        OutlookRecurrence empty,
        RecurrencePattern rule,
        List<DayOfWeek> plain,
        DateOnly first
    )
    {
        if (rule.ByDay.Count == 0)
        {
            var day = rule.ByMonthDay.Count == 1 ? rule.ByMonthDay[0] : first.Day;
            return rule.BySetPosition.Count == 0 && day is >= 1 and <= 31
                ? empty with
                {
                    Kind = "absoluteMonthly",
                    DayOfMonth = day,
                }
                : null;
        }

        if (rule.ByMonthDay.Count > 0)
        {
            return null;
        }

        var (days, position) =
            rule.ByDay is [{ Offset: { } offset } only] && rule.BySetPosition.Count == 0 ? ([only.DayOfWeek], offset)
            : plain.Count == rule.ByDay.Count && rule.BySetPosition is [var setPosition] ? (plain, setPosition)
            : ((List<DayOfWeek>)[], 0);
        return IndexOf(position) is { } index && days.Count > 0
            ? empty with
            {
                Kind = "relativeMonthly",
                Days = days,
                Index = index,
            }
            : null;
    }

    private static string? IndexOf(int position) =>
        position switch
        {
            >= 1 and <= 4 => Indexes[position - 1],
            -1 => "last",
            _ => null,
        };

    /// <summary>The series' own end wins; else the rule's COUNT or UNTIL; else no end.</summary>
    private static OutlookRecurrence WithRange(OutlookRecurrence pattern, RecurrencePattern rule, MeetingSeries series)
    {
        if (series.EndsOn is { } ends)
        {
            return pattern with { EndDate = ends };
        }

        if (rule.Count is { } count)
        {
            return pattern with { Count = count };
        }

        return rule.Until is { } until
            ? pattern with
            {
                EndDate = LocalTime.DateOf(new DateTimeOffset(until.AsUtc), GroupClock.Zone(series.TimeZone)),
            }
            : pattern;
    }
}
