using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Reminders laid out by due time across a few shards, so finding the due ones costs what is due, not what is stored.
/// Planning writes only what identifies a reminder and leaves a claim on it alone, unconditionally; every other state
/// change of a stored reminder is conditional on its version: of several dispatchers, one wins each claim.
/// </summary>
public interface IReminderStore
{
    public const int Shards = 8;

    /// <summary>
    /// Stores reminders; one already stored (perhaps claimed right now) is left as it is. The promise to plan them,
    /// when
    /// given, is removed in the same transaction: false when it was gone already (kept by another, or by an earlier try
    /// whose answer was lost), and nothing was written.
    /// </summary>
    Task<bool> PlanAsync(
        GroupKey group,
        IEnumerable<Reminder> reminders,
        ReplanPromise? promise,
        CancellationToken cancellationToken
    );

    /// <summary>Stores a promise to plan reminders, due when the dispatcher is to keep it.</summary>
    Task PromiseAsync(GroupKey group, ReplanPromise promise, CancellationToken cancellationToken);

    Task<IReadOnlyList<DueReminder>> FindDueAsync(
        int shard,
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Takes the reminder for one dispatcher until <paramref name="leaseUntil"/>, under a claim of its own; null when
    /// another was faster. A row re-planned while claimed keeps its claim: every write below recognises it.
    /// </summary>
    Task<DueReminder?> ClaimAsync(DueReminder due, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Holds the claim until <paramref name="leaseUntil"/>; null when the claim is lost.</summary>
    Task<DueReminder?> RenewAsync(DueReminder claimed, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the reminder was sent, and stores the next one of its chain, atomically. Null when done (or the
    /// claim
    /// is lost); the row as it now is when it was re-planned under this claim: its successor is then decided again.
    /// </summary>
    Task<DueReminder?> CompleteAsync(DueReminder claimed, Reminder? next, CancellationToken cancellationToken);

    /// <summary>Removes a reminder nobody wants any more; as <see cref="CompleteAsync"/>, returns the row if it was
    /// re-planned.</summary>
    Task<DueReminder?> DropAsync(DueReminder claimed, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a reminder that could not be sent back, moved to <paramref name="retryAt"/>: until then it is not due.
    /// </summary>
    Task ReleaseAsync(DueReminder claimed, DateTimeOffset retryAt, CancellationToken cancellationToken);
}
