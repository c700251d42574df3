using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Reminders laid out by due time across a few shards, so finding the due ones costs what is due, not what is stored.
/// Every state change of a stored reminder is conditional on its version: of several dispatchers, one wins each claim.
/// </summary>
public interface IReminderStore
{
    public const int Shards = 8;

    /// <summary>
    /// Stores reminders; one already stored (perhaps claimed right now) is left as it is. A promise to plan them
    /// (<see cref="ReminderKind.Replan"/>), when given, is removed in the same transaction.
    /// </summary>
    Task PlanAsync(GroupKey group, IEnumerable<Reminder> reminders, Reminder? promise, CancellationToken cancellationToken);

    Task<IReadOnlyList<DueReminder>> FindDueAsync(int shard, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Takes the reminder for one dispatcher until <paramref name="leaseUntil"/>; null when another was faster.</summary>
    Task<DueReminder?> ClaimAsync(DueReminder due, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Records that the reminder was sent, and stores the next one of its chain, atomically.</summary>
    Task CompleteAsync(DueReminder claimed, Reminder? next, CancellationToken cancellationToken);

    /// <summary>Removes a reminder nobody wants any more.</summary>
    Task DropAsync(DueReminder claimed, CancellationToken cancellationToken);

    /// <summary>Gives a reminder that could not be sent back, to be tried again at <paramref name="retryAt"/>.</summary>
    Task ReleaseAsync(DueReminder claimed, DateTimeOffset retryAt, CancellationToken cancellationToken);

    Task SnoozeAsync(GroupKey group, int action, string person, Snooze snooze, CancellationToken cancellationToken);

    Task<Snooze?> FindSnoozeAsync(GroupKey group, int action, string person, CancellationToken cancellationToken);
}
