namespace WorkingGroupBot.Meetings;

/// <summary>
/// A group's recurring meeting: when the first one starts (in the group's time zone), how long, where, and how it
/// recurs as an iCalendar RRULE. Single occurrences can be cancelled or moved; the series can end.
/// </summary>
public sealed record MeetingSeries
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required DateOnly FirstDate { get; init; }
    public required TimeOnly Start { get; init; }
    public required int DurationMinutes { get; init; }
    public string Place { get; init; } = "";
    public required string RRule { get; init; }
    public required string TimeZone { get; init; }

    /// <summary>How long before each meeting its notice goes to the channel.</summary>
    public IReadOnlyList<TimeSpan> NoticesBefore { get; init; } = DefaultNotices;

    public IReadOnlyList<DateOnly> Cancelled { get; init; } = [];
    public IReadOnlyList<MovedOccurrence> Moved { get; init; } = [];

    /// <summary>The last date the series has meetings on; null while it goes on.</summary>
    public DateOnly? EndsOn { get; init; }

    /// <summary>The Outlook invitation the series was sent as, when the bot sends them (Graph configured).</summary>
    public OutlookInvitation? Invitation { get; init; }

    public static IReadOnlyList<TimeSpan> DefaultNotices { get; } = [TimeSpan.FromDays(1), TimeSpan.FromHours(1)];
}

/// <summary>One meeting of a series held at another date or time (e.g. because of a holiday).</summary>
public sealed record MovedOccurrence(DateOnly OriginalDate, DateOnly Date, TimeOnly Start);
