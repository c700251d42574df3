namespace WorkingGroupBot.Reminders;

/// <summary>
/// One message due at one instant: about an action, a coming meeting or the week (its <see cref="Subject"/>), to one
/// member or to the group's channel (<see cref="ToChannel"/>). Its identity is what it is about and when it is due, so
/// planning the same reminder twice yields the same reminder. A <see cref="ReplanPromise"/> waits in the same queue.
/// </summary>
public sealed record Reminder
{
    public required ReminderKind Kind { get; init; }

    public ReminderSubject Subject =>
        Kind switch
        {
            ReminderKind.Digest => ReminderSubject.Digest,
            ReminderKind.MeetingNotice => ReminderSubject.MeetingNotice,
            ReminderKind.Replan => ReminderSubject.Promise,
            _ => ReminderSubject.Action,
        };

    /// <summary>It goes to the group's channel, not to a member.</summary>
    public bool ToChannel => Subject is ReminderSubject.Digest or ReminderSubject.MeetingNotice;
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The action's number; 0 when the subject is not an action.</summary>
    public int Action { get; init; }

    /// <summary>The member's AAD object id; empty when it goes to the channel (see <see cref="ReplanPromise"/> for a
    /// promise).</summary>
    public string Person { get; init; } = "";

    /// <summary>For a meeting notice: the series and the date the meeting was planned on.</summary>
    public string Meeting { get; init; } = "";
    public DateOnly? Occurrence { get; init; }

    /// <summary>
    /// The deadline the reminder was planned for: when the deadline moves, the reminder is no longer wanted.
    /// </summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The time zone it was planned in, so it can be checked against the same clock later.</summary>
    public required string TimeZone { get; init; }
}

/// <summary>What a reminder is about; each has its composer.</summary>
public enum ReminderSubject
{
    Action,
    MeetingNotice,
    Digest,

    /// <summary>Not a message: a <see cref="ReplanPromise"/>.</summary>
    Promise,
}
