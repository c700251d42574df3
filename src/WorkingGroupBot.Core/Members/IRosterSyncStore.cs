using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

/// <summary>
/// Roster syncs still to do, one per group. Every write is conditional on the version read, so of several instances
/// one holds a sync at a time, and a newer request replaces the sync under whoever runs it.
/// </summary>
public interface IRosterSyncStore
{
    /// <summary>Asks for a sync from the first page with a new generation; whoever holds a running one keeps its lease.</summary>
    Task<RosterSyncJob> RequestAsync(GroupKey group, CancellationToken cancellationToken);

    Task<IReadOnlyList<RosterSyncJob>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Writes the job's lease and progress; null when it changed since it was read (a newer request, another instance).</summary>
    Task<RosterSyncJob?> TryUpdateAsync(RosterSyncJob job, CancellationToken cancellationToken);

    /// <summary>Removes the finished job, unless a newer request replaced it meanwhile (then that one runs too).</summary>
    Task TryCompleteAsync(RosterSyncJob job, CancellationToken cancellationToken);
}

/// <param name="Generation">Stamped on every member row the sync writes; rows without it at the end have left.</param>
/// <param name="Continuation">Where the roster reading resumes; null to start from the first page.</param>
/// <param name="LeaseUntil">Held by an instance until then; null when free to take.</param>
public sealed record RosterSyncJob(GroupKey Group, string Generation, string? Continuation, DateTimeOffset? LeaseUntil, string Version);
