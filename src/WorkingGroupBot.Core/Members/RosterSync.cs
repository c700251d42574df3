using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WorkingGroupBot.Groups;
using WorkingGroupBot.People;

namespace WorkingGroupBot.Members;

/// <summary>
/// Makes a group's stored members match Teams' roster, page by page, as a job that survives the turn and the instance:
/// the turn that asks for it runs it for a few seconds (a small team is done by then), the background sweep finishes
/// the
/// rest. Each page is written idempotently, the person's row before the member's, then the job's progress (which renews
/// its lease); an instance that dies leaves its lease to expire and another resumes from the last page written.
/// </summary>
public sealed partial class RosterSync(
    IRosterSyncStore jobs,
    IRosterSource roster,
    IGroupStore groups,
    IMemberStore members,
    IPersonStore people,
    ILeaveNotices leaveNotices,
    IRosterUpdates rosterUpdates,
    TimeProvider clock,
    ILogger<RosterSync> logger
)
{
    /// <summary>How long an instance holds a sync it runs; each page written renews it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Teams abandons a turn after about 15 s: a turn syncs for this long, then leaves the rest to the
    /// sweep.</summary>
    public static readonly TimeSpan TurnBudget = TimeSpan.FromSeconds(3);

    /// <summary>Failed runs after which a sync starts again from the first page rather than from a continuation Teams
    /// may no longer accept.</summary>
    public const int RestartAfter = 3;

    /// <summary>Failed runs after which a sync is given up.</summary>
    public const int GiveUpAfter = 6;

    private readonly SemaphoreSlim handedOver = new(0);

    /// <summary>Asks for a sync of the group (an install, someone joined or left) and, unless another instance holds
    /// it, runs it for a turn's budget.</summary>
    public async Task RequestAsync(GroupKey group, CancellationToken cancellationToken) =>
        await RunInTurnAsync(await jobs.RequestAsync(group, cancellationToken), cancellationToken);

    /// <summary>Starts a job, asked for beforehand with <see cref="IRosterSyncStore.RequestAsync"/>, for a turn's
    /// budget.</summary>
    public Task RunInTurnAsync(RosterSyncJob job, CancellationToken cancellationToken) =>
        TryRunAsync(job, TurnBudget, cancellationToken);

    /// <summary>Runs every sync that nobody holds, to the end; returns how many were found.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var due = await jobs.FindDueAsync(clock.GetUtcNow(), cancellationToken);
        foreach (var job in due)
        {
            await TryRunAsync(job, TimeSpan.MaxValue, cancellationToken);
        }

        return due.Count;
    }

    /// <summary>Completes when a turn left a sync unfinished, so this instance's background goes on with it at
    /// once.</summary>
    public Task WaitForHandOverAsync(CancellationToken cancellationToken) => handedOver.WaitAsync(cancellationToken);

    private async Task TryRunAsync(RosterSyncJob job, TimeSpan budget, CancellationToken cancellationToken)
    {
        try
        {
            if (
                await jobs.TryClaimAsync(job, clock.GetUtcNow(), clock.GetUtcNow() + Lease, cancellationToken) is
                { } claimed
            )
            {
                await RunClaimedAsync(claimed, budget, cancellationToken);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage failed while claiming the job or counting a failure: whatever was written stands, a later sweep
            // goes on.
            LogSyncStopped(logger, e, job.Group.ToString());
        }
    }

    private async Task RunClaimedAsync(RosterSyncJob claimed, TimeSpan budget, CancellationToken cancellationToken)
    {
        if (claimed.Failures >= GiveUpAfter)
        {
            // It will not go away (the bot removed without an uninstall event, say): the next join or leave asks anew.
            LogSyncGivenUp(logger, claimed.Group.ToString(), claimed.Failures);
            await CompleteAsync(claimed, cancellationToken);
            return;
        }

        try
        {
            await RunAsync(
                claimed.Failures >= RestartAfter ? claimed with { Continuation = null } : claimed,
                budget,
                cancellationToken
            );
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Teams or storage failed mid-way: the job keeps its last page and its lease, which expires; a later sweep
            // resumes (from the first page after a few failures: Teams' continuation tokens expire).
            LogSyncStopped(logger, e, claimed.Group.ToString());
            await jobs.RecordFailureAsync(claimed, cancellationToken);
        }
    }

    private async Task RunAsync(RosterSyncJob claimed, TimeSpan budget, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var group = await groups.FindAsync(claimed.Group, cancellationToken);
        if (group is not { Active: true })
        {
            await CompleteAsync(claimed, cancellationToken);
            return;
        }

        do
        {
            // Real time, not the host's clock: Teams' patience is real.
            if (Stopwatch.GetElapsedTime(started) > budget)
            {
                await jobs.TryUpdateAsync(claimed with { LeaseUntil = null }, cancellationToken);
                handedOver.Release();
                return;
            }

            var page = await roster.ReadPageAsync(group, claimed.Continuation, cancellationToken);
            if (claimed.LeaseUntil - Lease / 2 <= clock.GetUtcNow())
            {
                // Reading took half the lease: writing now could land after the lease ran out and another instance
                // took the sync, overwriting what a newer generation stamped; let the lease run out instead.
                return;
            }

            var ids = page.Members.Select(m => m.AadObjectId).Distinct().ToList();
            // The person's row first: a sync cut between the two never leaves a member whose personal chat does not
            // know the group.
            await people.RecordMembershipAsync(group.Key, new RosterChange(ids, []), cancellationToken);
            await members.RecordRosterPageAsync(group.Key, page.Members, claimed.Generation, cancellationToken);
            if (
                await jobs.TryUpdateAsync(
                    claimed with
                    {
                        Continuation = page.Continuation,
                        LeaseUntil = clock.GetUtcNow() + Lease,
                    },
                    cancellationToken
                )
                is not { } saved
            )
            {
                // The lease ran out and another instance took the sync: it is theirs now.
                return;
            }

            claimed = saved;
        } while (claimed.Continuation is not null);

        // The whole roster is written, and the job is still this run's (the write above said so; a request meanwhile
        // only asks for one more run): whoever was in it before and was not stamped by this generation has left. The
        // member's row first, each only if unchanged since read, and the person's row only for those marked.
        var left = await members.MarkNotSyncedLeftAsync(group.Key, claimed.Generation, cancellationToken);
        await people.RecordMembershipAsync(group.Key, new RosterChange([], left), cancellationToken);
        await CompleteAsync(claimed, cancellationToken);
        await leaveNotices.LeftAsync(group, left, cancellationToken);
        await rosterUpdates.SyncedAsync(group, cancellationToken);
    }

    private async Task CompleteAsync(RosterSyncJob job, CancellationToken cancellationToken)
    {
        if (await jobs.TryCompleteAsync(job, cancellationToken))
        {
            // Someone joined or left meanwhile: the next generation goes on in this instance's background at once.
            handedOver.Release();
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Roster sync of {Group} stopped; it resumes from its last page when its lease runs out"
    )]
    private static partial void LogSyncStopped(ILogger logger, Exception exception, string group);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Roster sync of {Group} given up after {Failures} failed runs; the next join or leave asks for a new one"
    )]
    private static partial void LogSyncGivenUp(ILogger logger, string group, int failures);
}
