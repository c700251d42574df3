using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

/// <summary>How dates, statuses and deadlines read in each language.</summary>
public static class Formats
{
    public static string Date(TextSet texts, DateOnly date) =>
        date.ToString(texts[TextKey.DateFormat], texts.Language.Culture());

    public static string Deadline(TextSet texts, ActionItem action) =>
        action.DeadlineTime is { } time
            ? $"{Date(texts, action.Deadline)} {time:HH\\:mm}"
            : Date(texts, action.Deadline);

    /// <summary>A date with its weekday, as a person reads it in chat ("Thu 15 Jan 2027"); a Latvian public holiday
    /// says so ("Tue 23 Jun 2026 (public holiday)"), so a deadline or a meeting on one is seen.</summary>
    public static string Day(TextSet texts, DateOnly date) => Weekday(texts, date) + Holiday(texts, date);

    /// <summary>An instant as the group's clock shows it, with its weekday ("Thu 15 Jan 2027 14:05"), and "(public
    /// holiday)" after the time on one.</summary>
    public static string Moment(TextSet texts, DateTimeOffset at, string timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(at, GroupClock.Zone(timeZone));
        var day = DateOnly.FromDateTime(local.DateTime);
        return $"{Weekday(texts, day)} {local:HH\\:mm}{Holiday(texts, day)}";
    }

    private static string Weekday(TextSet texts, DateOnly date) =>
        texts.Format(TextKey.DayFormat, texts[TextKey.Weekdays].Split(',')[(int)date.DayOfWeek], Date(texts, date));

    private static string Holiday(TextSet texts, DateOnly date) =>
        LatvianCalendar.IsHoliday(date) ? $" ({texts[TextKey.PublicHoliday]})" : "";

    /// <summary>
    /// When an open action is due, relative first and in bold ("**In 5 days**", "**⏰ Due today**", "**⚠ 3 days
    /// overdue**"), then the day; a closed action's deadline is only its day.
    /// </summary>
    public static string Due(TextSet texts, ActionItem action, DateOnly today)
    {
        var day = action.DeadlineTime is { } time
            ? $"{Weekday(texts, action.Deadline)} {time:HH\\:mm}{Holiday(texts, action.Deadline)}"
            : Day(texts, action.Deadline);
        return Relative(texts, action, today) is { } relative ? $"**{relative}** · {day}" : day;
    }

    /// <summary>How far an open action's deadline is ("In 5 days", "⏰ Due today", "⚠ 3 days overdue"); null for a
    /// closed one.</summary>
    public static string? Relative(TextSet texts, ActionItem action, DateOnly today)
    {
        if (action.Status.IsClosed())
        {
            return null;
        }

        var days = action.Deadline.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => "⚠ " + texts.Count(TextKey.DueOverdue, -days),
            0 => "⏰ " + texts[TextKey.DueToday],
            1 => texts[TextKey.DueTomorrow],
            _ => texts.Count(TextKey.DueInDays, days),
        };
    }

    public static string Status(TextSet texts, ActionStatus status) =>
        texts[
            status switch
            {
                ActionStatus.Open => TextKey.StatusOpen,
                ActionStatus.InProgress => TextKey.StatusInProgress,
                ActionStatus.Blocked => TextKey.StatusBlocked,
                ActionStatus.Done => TextKey.StatusDone,
                _ => TextKey.StatusCancelled,
            }
        ];

    public static string Title(ActionItem action) => $"#{action.Number} {action.Title}";

    /// <summary>A title short enough for one line of a list.</summary>
    public static string ShortTitle(ActionItem action) => Short(Title(action), 80);

    /// <summary>The first responsible members by name and how many more, for one line of a list.</summary>
    public static string People(ActionItem action, IReadOnlyList<Member> members)
    {
        var names = action.Responsible.Select(id => Short(NameOf(members, id), 40)).ToList();
        return names.Count <= 2 ? string.Join(", ", names) : $"{names[0]}, {names[1]} +{names.Count - 2}";
    }

    /// <summary>"#12 Title — Name, deadline": an action as one line of a digest or an agenda.</summary>
    public static string Line(TextSet texts, ActionItem action, IReadOnlyList<Member> members) =>
        $"{ShortTitle(action)} — {People(action, members)}, {Deadline(texts, action)}";

    /// <summary>A member's name by their id, or "?" for someone the group does not know.</summary>
    public static string NameOf(IReadOnlyList<Member> members, string aadObjectId) =>
        members.FirstOrDefault(m => m.AadObjectId == aadObjectId)?.Name ?? "?";

    public static string Short(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
