namespace WorkingGroupBot.Reminders;

/// <summary>
/// One message due at one instant to one person (or, for the digest, to the group's channel). Its identity is what
/// it is about and when it is due, so planning the same reminder twice yields the same reminder.
/// </summary>
public sealed record Reminder
{
    public required ReminderKind Kind { get; init; }
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The action's number; 0 for the digest.</summary>
    public int Action { get; init; }

    /// <summary>The person's AAD object id; empty for the digest; for a promise (<see cref="ReminderKind.Replan"/>), its own id.</summary>
    public string Person { get; init; } = "";

    /// <summary>For a meeting notice: the series and the date the meeting was planned on.</summary>
    public string Meeting { get; init; } = "";
    public DateOnly? Occurrence { get; init; }

    /// <summary>
    /// The deadline the reminder was planned for: when the deadline moves, the reminder is no longer wanted. For a
    /// promise, the deadline before the change.
    /// </summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The time zone it was planned in, so it can be checked against the same clock later.</summary>
    public required string TimeZone { get; init; }
}
