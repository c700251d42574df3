using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
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
    public const string Point = "point";

    public const string Weekly = "weekly";
    public const string Biweekly = "biweekly";
    public const string MonthlyNthWeekday = "monthlyNthWeekday";
    public const string MonthlyDay = "monthlyDay";
    public const string Quarterly = "quarterly";
    public const string Custom = "custom";

    /// <summary>The notice times a chair picks from, longest first.</summary>
    public static readonly TimeSpan[] NoticeChoices =
    [
        TimeSpan.FromDays(7),
        TimeSpan.FromDays(3),
        TimeSpan.FromDays(1),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(1),
    ];

    private static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>The series the form describes, or the problem with it.</summary>
    public static (MeetingSeries? Series, TextKey? Problem) Read(CardInput input, string timeZone, DateOnly today)
    {
        var title = input.Text(Title);
        var place = input.Text(Place);
        var first = input.Date(FirstDate);
        var start = input.Time(Start);
        var duration = input.Int(Duration) ?? 90;
        // The choices say how often; the interval input of forms sent before them still counts.
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

        // A rule of one's own (under "Advanced…"), when given, wins over the choice.
        var custom = input.Text(RRule);
        var rrule = RuleFor(custom.Length > 0 ? Custom : input.String(Recurrence), first.Value, interval, custom);
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
            Biweekly => RuleFor(Weekly, first, 2 * interval, custom),
            Quarterly => RuleFor(MonthlyNthWeekday, first, 3 * interval, custom),
            MonthlyNthWeekday =>
                $"FREQ=MONTHLY;INTERVAL={interval};BYDAY={((first.Day - 1) / 7 + 1 is var n && n == 5 ? -1 : n)}{Days[(int)first.DayOfWeek]}",
            MonthlyDay => $"FREQ=MONTHLY;INTERVAL={interval};BYMONTHDAY={first.Day}",
            Custom when custom.Length is > 0 and <= FreeText.MeetingRule => custom.Trim(),
            _ => null,
        };

    /// <summary>
    /// "1d,1h" (the chosen values of the form's notice choices; "30m" too, from older forms): at most three notices,
    /// each at most two weeks ahead.
    /// </summary>
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

    /// <summary>The series' next meetings, each as its day with the weekday and time: what the chair checks.</summary>
    public static string NextDates(TextSet texts, MeetingSeries series, DateTimeOffset now) =>
        string.Join("; ", Previewed(series, now).Select(local => Moment(texts, local)));

    /// <summary>"Not on a working day: …" for those of the next meetings that fall on a weekend, a holiday or a day
    /// off; nothing when all are on working days.</summary>
    public static IReadOnlyList<string> OffDays(
        TextSet texts,
        LatvianCalendar calendar,
        MeetingSeries series,
        DateTimeOffset now
    ) => OffDays(texts, calendar, Previewed(series, now));

    /// <summary>The same for meetings at these local times.</summary>
    public static IReadOnlyList<string> OffDays(
        TextSet texts,
        LatvianCalendar calendar,
        IEnumerable<DateTime> localStarts
    )
    {
        var off = localStarts.Where(local => !calendar.IsWorkingDay(DateOnly.FromDateTime(local))).ToList();
        return off.Count == 0
            ? []
            : [texts.Format(TextKey.MeetingsNotWorkingDay, string.Join("; ", off.Select(l => Moment(texts, l))))];
    }

    private static IEnumerable<DateTime> Previewed(MeetingSeries series, DateTimeOffset now)
    {
        var zone = GroupClock.Zone(series.TimeZone);
        return MeetingCalendar
            .Between(series, now, now.AddYears(2))
            .Take(PreviewedMeetings)
            .Select(m => TimeZoneInfo.ConvertTime(m.Start, zone).DateTime);
    }

    private static string Moment(TextSet texts, DateTime local) =>
        $"{Formats.Day(texts, DateOnly.FromDateTime(local))} {local:HH\\:mm}";

    private const int PreviewedMeetings = 4;

    /// <summary>A notice time in words: "1 week", "3 d.", "1 st.".</summary>
    public static string NoticeLabel(TextSet texts, TimeSpan notice) =>
        notice.TotalDays >= 7 && notice.TotalDays % 7 == 0 ? texts.Count(TextKey.NoticeWeeks, (int)notice.TotalDays / 7)
        : notice.TotalDays >= 1 && notice.TotalDays % 1 == 0 ? texts.Count(TextKey.NoticeDays, (int)notice.TotalDays)
        : texts.Count(TextKey.NoticeHours, (int)Math.Ceiling(notice.TotalHours));

    /// <summary>Notice times as the form's choice values: "1d,1h".</summary>
    public static string NoticesText(IEnumerable<TimeSpan> notices) =>
        string.Join(
            ",",
            notices.Select(n =>
                n.TotalDays >= 1 && n.TotalDays % 1 == 0 ? $"{n.TotalDays}d"
                : n.TotalHours % 1 == 0 ? $"{n.TotalHours}h"
                : $"{n.TotalMinutes}m"
            )
        );
}
