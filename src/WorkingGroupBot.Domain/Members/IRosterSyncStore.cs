using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

/// <summary>
/// Roster syncs still to do, one per group. Every write is conditional on the version read, so of several instances
/// one holds a sync at a time; a request while a sync is under way only marks it to run once more when it is done.
/// </summary>
public interface IRosterSyncStore
{
    /// <summary>
    /// Asks for a sync: a new one from the first page, or, when one is already there, that it runs once more from the
    /// first page after it is done (it keeps its progress, so steady joins cannot keep a large team's sync from
    /// finishing).
    /// </summary>
    Task<RosterSyncJob> RequestAsync(GroupKey group, CancellationToken cancellationToken);

    Task<IReadOnlyList<RosterSyncJob>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes the job for a new holder until <paramref name="leaseUntil"/>; null while someone else's lease
    /// runs, or when it is gone.</summary>
    Task<RosterSyncJob?> TryClaimAsync(
        RosterSyncJob job,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Writes the job's lease and progress (a request meanwhile is kept); null when it is no longer this holder's
    /// (its lease ran out and another instance took it, or it was done).
    /// </summary>
    Task<RosterSyncJob?> TryUpdateAsync(RosterSyncJob job, CancellationToken cancellationToken);

    /// <summary>Counts a failed run of the job, if it is still this holder's; its progress and lease stay as they
    /// are.</summary>
    Task RecordFailureAsync(RosterSyncJob job, CancellationToken cancellationToken);

    /// <summary>Removes the finished job, or, when a request came meanwhile, frees it as a new generation from the
    /// first page.</summary>
    /// <returns>True when a new generation is due.</returns>
    Task<bool> TryCompleteAsync(RosterSyncJob job, CancellationToken cancellationToken);
}

/// <param name="Generation">Stamped on every member row the sync writes; rows without it at the end have left.</param>
/// <param name="Continuation">Where the roster reading resumes; null to start from the first page.</param>
/// <param name="LeaseUntil">Held by an instance until then; null when free to take.</param>
/// <param name="Holder">Who holds the lease: each claim is a new holder.</param>
/// <param name="Again">A request came while the sync was under way: it runs once more, from the first page, when it is
/// done.</param>
/// <param name="Failures">Runs of this generation that failed; after a few it restarts from the first page, after more
/// it gives up.</param>
public sealed record RosterSyncJob(
    GroupKey Group,
    string Generation,
    string? Continuation,
    DateTimeOffset? LeaseUntil,
    string Version,
    string? Holder = null,
    bool Again = false,
    int Failures = 0
);
