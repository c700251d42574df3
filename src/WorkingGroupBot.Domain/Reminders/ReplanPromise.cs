namespace WorkingGroupBot.Reminders;

/// <summary>
/// A promise, stored before a change, to plan the reminders of one action or of the whole group. The turn that made the
/// change keeps it at once; if that turn failed half-way, the dispatcher keeps it when it comes due. It waits in the
/// reminder queue like a reminder (<see cref="ReminderKind.Replan"/>) but is sent to nobody.
/// </summary>
/// <param name="Id">Its own id: every promise is a row of its own.</param>
/// <param name="Action">The action whose reminders are to be planned; null for every action of the group.</param>
/// <param name="DeadlineBefore">The action's deadline before the change (null for a new action): if the dispatcher has
/// to keep the promise, it catches up with a reminder of the last hours only when the deadline is not this one.</param>
/// <param name="DueAt">When the dispatcher keeps it, should the turn not have.</param>
public sealed record ReplanPromise(
    string Id,
    int? Action,
    DateOnly? DeadlineBefore,
    DateTimeOffset DueAt,
    string TimeZone
)
{
    /// <summary>The promise as it waits in the queue: its id where a reminder names its person, 0 for the whole
    /// group.</summary>
    public Reminder AsQueued() =>
        new()
        {
            Kind = ReminderKind.Replan,
            DueAt = DueAt,
            Action = Action ?? 0,
            Person = Id,
            Deadline = DeadlineBefore,
            TimeZone = TimeZone,
        };

    /// <summary>The promise a queued row holds; null when the row is a reminder to send.</summary>
    public static ReplanPromise? Of(Reminder queued) =>
        queued.Kind == ReminderKind.Replan
            ? new(
                queued.Person,
                queued.Action == 0 ? null : queued.Action,
                queued.Deadline,
                queued.DueAt,
                queued.TimeZone
            )
            : null;
}
