using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>The schedule form's inputs, and how its recurrence choice becomes an RRULE.</summary>
public static class MeetingForm
{
    public const string Title = "title";
    public const string FirstDate = "firstDate";
    public const string Start = "start";
    public const string Duration = "duration";
    public const string Place = "place";
    public const string Recurrence = "recurrence";
    public const string Interval = "interval";
    public const string RRule = "rrule";
    public const string Notices = "notices";
    public const string Date = "date";

    public const string Weekly = "weekly";
    public const string MonthlyNthWeekday = "monthlyNthWeekday";
    public const string MonthlyDay = "monthlyDay";
    public const string Custom = "custom";

    private static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>The series the form describes, or the problem with it.</summary>
    public static (MeetingSeries? Series, TextKey? Problem) Read(CardInput input, string timeZone, DateOnly today)
    {
        var title = input.Text(Title);
        var place = input.Text(Place);
        var first = input.Date(FirstDate);
        var start = input.Time(Start);
        var duration = input.Int(Duration) ?? 90;
        var interval = input.Int(Interval) ?? 1;
        var notices = ReadNotices(input.Text(Notices));
        if (title.Length == 0 || first is null || start is null)
        {
            return (null, TextKey.ProblemMeetingMissing);
        }

        if (TextProblem(title, place, input.Text(RRule)) is { } problem)
        {
            return (null, problem);
        }

        if (first < today)
        {
            return (null, TextKey.ProblemDeadlineInPast);
        }

        if (!IsDuration(duration) || interval is < 1 or > 12 || notices is null)
        {
            return (null, TextKey.ProblemMeetingValues);
        }

        var rrule = RuleFor(input.String(Recurrence), first.Value, interval, input.Text(RRule));
        if (rrule is null || MeetingCalendar.Problem(rrule) is not null)
        {
            return (null, TextKey.ProblemMeetingRule);
        }

        return (
            new MeetingSeries
            {
                Id = Guid.NewGuid().ToString("N")[..10],
                Title = title,
                FirstDate = first.Value,
                Start = start.Value,
                DurationMinutes = duration,
                Place = place,
                RRule = rrule,
                TimeZone = timeZone,
                NoticesBefore = notices,
            },
            null
        );
    }

    /// <summary>What is wrong with a meeting's title, place and custom rule, which reach channel notices and calendar
    /// feeds.</summary>
    /// <summary>Whether a meeting may last this many minutes.</summary>
    public static bool IsDuration([NotNullWhen(true)] int? minutes) => minutes is >= 5 and <= 600;

    public static TextKey? TextProblem(string title, string place, string rule = "") =>
        title.Length > FreeText.MeetingTitle ? TextKey.ProblemMeetingTitleTooLong
        : place.Length > FreeText.MeetingPlace ? TextKey.ProblemPlaceTooLong
        : FreeText.HasPersonalCode(title, place, rule) ? TextKey.ProblemPersonalData
        : null;

    public static string? RuleFor(string? recurrence, DateOnly first, int interval, string custom) =>
        recurrence switch
        {
            Weekly => $"FREQ=WEEKLY;INTERVAL={interval};BYDAY={Days[(int)first.DayOfWeek]}",
            MonthlyNthWeekday =>
                $"FREQ=MONTHLY;INTERVAL={interval};BYDAY={((first.Day - 1) / 7 + 1 is var n && n == 5 ? -1 : n)}{Days[(int)first.DayOfWeek]}",
            MonthlyDay => $"FREQ=MONTHLY;INTERVAL={interval};BYMONTHDAY={first.Day}",
            Custom when custom.Length is > 0 and <= FreeText.MeetingRule => custom.Trim(),
            _ => null,
        };

    /// <summary>"1d, 1h, 30m": at most three notices, each at most two weeks ahead.</summary>
    public static IReadOnlyList<TimeSpan>? ReadNotices(string text)
    {
        if (text.Length == 0)
        {
            return MeetingSeries.DefaultNotices;
        }

        var notices = new List<TimeSpan>();
        foreach (var part in text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            var notice = char.ToLowerInvariant(part[^1]) switch
            {
                'd' => TimeSpan.FromDays(n),
                'h' => TimeSpan.FromHours(n),
                'm' => TimeSpan.FromMinutes(n),
                _ => TimeSpan.MinValue,
            };
            if (notice <= TimeSpan.Zero || notice > TimeSpan.FromDays(14))
            {
                return null;
            }

            notices.Add(notice);
        }

        return notices.Count is > 0 and <= 3 ? notices.Distinct().OrderDescending().ToList() : null;
    }

    public static string NoticesText(IEnumerable<TimeSpan> notices) =>
        string.Join(
            ", ",
            notices.Select(n =>
                n.TotalDays >= 1 && n.TotalDays % 1 == 0 ? $"{n.TotalDays}d"
                : n.TotalHours % 1 == 0 ? $"{n.TotalHours}h"
                : $"{n.TotalMinutes}m"
            )
        );
}
