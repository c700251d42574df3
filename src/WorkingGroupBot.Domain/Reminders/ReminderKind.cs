namespace WorkingGroupBot.Reminders;

public enum ReminderKind
{
    /// <summary>Some days before the deadline (the number of days is in the reminder).</summary>
    Before,
    OnTheDay,
    Overdue,
    Snoozed,

    /// <summary>To a chair: the action is long overdue.</summary>
    TellChair,

    /// <summary>To the group's channel: the weekly digest.</summary>
    Digest,

    /// <summary>To the group's channel: a meeting is coming, with its agenda.</summary>
    MeetingNotice,

    /// <summary>
    /// Sent to nobody: a promise, stored before an action changes, to plan the action's reminders. The turn that made
    /// the
    /// change keeps it at once; if that turn fails half-way, the dispatcher keeps it when it comes due.
    /// </summary>
    Replan,
}
