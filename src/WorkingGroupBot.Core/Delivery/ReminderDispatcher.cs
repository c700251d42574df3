using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// Sends what is due. Each reminder is claimed with a conditional write before it is sent, so of several bot instances
/// one sends it; it is recorded as sent (and its successor stored) only after Teams accepted it. A dispatcher that dies
/// between claim and send leaves a claim that expires and is taken over: nothing is lost, and a duplicate is possible
/// only if it dies between the send and the record of it; a send never outlives its claim (<see
/// cref="ClaimedSender"/>).
/// </summary>
public sealed partial class ReminderDispatcher(
    IReminderStore store,
    IStorageFailures storageFailures,
    ReminderComposer composer,
    ReminderPlanner planner,
    ClaimedSender claimedSender,
    IGroupSettingsStore settings,
    Members.IMemberStore members,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderDispatcher> logger
)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    private const int MaxPasses = 3;

    /// <summary>
    /// How long reminders being sent may still take once the host is stopping (App Service waits 60 s after SIGTERM;
    /// the host's own shutdown timeout is set above this).
    /// </summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Sends what is due. A reminder skipped for a later one of its chain, or a kept promise, can leave reminders due
    /// at once, so the sweep takes another pass (a few at most) rather than leaving them to the next sweep.
    /// </summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var result = await PassAsync(cancellationToken);
        for (var pass = 1; pass < MaxPasses && result.Skipped + result.Replanned > 0; pass++)
        {
            var next = await PassAsync(cancellationToken);
            result += next;
            if (next.Skipped + next.Replanned == 0)
            {
                break;
            }
        }

        return result;
    }

    private async Task<SweepResult> PassAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = await Task.WhenAll(
            Enumerable
                .Range(0, IReminderStore.Shards)
                .Select(shard => store.FindDueAsync(shard, now, options.Value.BatchSize, cancellationToken))
        );
        // A failed reminder waits at the key of its next attempt, outside the range read; what is left to skip here are
        // the few claimed right now (being sent).
        var due = found
            .SelectMany(f => f)
            .Where(d => d.LeaseUntil is null || d.LeaseUntil <= now)
            .OrderBy(d => d.Reminder.DueAt)
            .ToList();
        Telemetry.SweepLag.Record(due.Count == 0 ? 0 : (now - due[0].Reminder.DueAt).TotalSeconds);
        Telemetry.Reminders.Add(due.Count, new KeyValuePair<string, object?>("outcome", "due"));
        var outcomes = new ConcurrentBag<DispatchOutcome>();
        // Stopping (the token is the host's): no reminder is taken any more, but those being sent get ShutdownGrace to
        // finish; one still not sent then is handed back at once for another instance (see DispatchAsync).
        using var drain = new CancellationTokenSource();
        await using var stopping = cancellationToken.Register(() => drain.CancelAfter(ShutdownGrace));
        var reads = composer.NewPass(drain.Token);
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions
            {
                MaxDegreeOfParallelism = options.Value.Parallelism,
                CancellationToken = cancellationToken,
            },
            async (reminder, _) =>
            {
                var outcome = await DispatchAsync(reminder, reads, now, drain.Token);
                Telemetry.Reminders.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));
                outcomes.Add(outcome);
            }
        );
        return SweepResult.Of(due.Count, outcomes);
    }

    private async Task<DispatchOutcome> DispatchAsync(
        DueReminder due,
        SweepReads reads,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        DueReminder? claimed = null;
        try
        {
            // The lease runs from the claim, not from the start of the sweep: a sweep's last sends start late.
            claimed = await store.ClaimAsync(due, clock.GetUtcNow() + options.Value.Lease, cancellationToken);
            return claimed is null
                ? DispatchOutcome.TakenByOther
                : await DispatchClaimedAsync(claimed, reads, now, cancellationToken);
        }
        catch (Exception e) when (storageFailures.Is(e, cancellationToken))
        {
            // Storage failed mid-way: the claim (if any) expires and the reminder is tried again.
            LogStorageFailed(logger, e, due.Reminder.Kind, due.Group.ToString());
            return DispatchOutcome.Failed;
        }
        catch (OperationCanceledException) when (claimed is not null && cancellationToken.IsCancellationRequested)
        {
            // The host is stopping and its grace ran out mid-send: handed back now, not when the lease would expire.
            await TryReleaseAsync(claimed, clock.GetUtcNow(), CancellationToken.None, backoff: false);
            return DispatchOutcome.Failed;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Anything else (a bug, a token the connector could not get): this reminder waits, the others go on.
            LogDispatchFailed(logger, e, due.Reminder.Kind, due.Group.ToString());
            if (claimed is not null)
            {
                await TryReleaseAsync(claimed, now, cancellationToken);
            }

            return DispatchOutcome.Failed;
        }
    }

    private async Task<DispatchOutcome> DispatchClaimedAsync(
        DueReminder claimed,
        SweepReads reads,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        if (ReplanPromise.Of(claimed.Reminder) is { } promise)
        {
            await planner.KeepPromiseAsync(claimed.Group, promise, cancellationToken);
            return DispatchOutcome.Replanned;
        }

        var delivery = await composer.ComposeAsync(claimed, reads, cancellationToken);
        if (delivery is null)
        {
            // Re-planned meanwhile, it may be wanted again: decided afresh on a fresh read (nothing was sent yet).
            return await store.DropAsync(claimed, cancellationToken) is { } replanned
                ? await DispatchClaimedAsync(replanned, composer.NewPass(cancellationToken), now, cancellationToken)
                : DispatchOutcome.Dropped;
        }

        if (delivery.Card is not { } card)
        {
            await CompleteAsync(claimed, delivery.Next, cancellationToken);
            return DispatchOutcome.Skipped;
        }

        var (outcome, held) = await claimedSender.SendAsync(claimed, delivery, card, cancellationToken);
        return await RecordAsync(held, delivery, outcome, now, cancellationToken);
    }

    /// <summary>
    /// Records the send and stores the successor. Should the row have been re-planned while it was sent (a moved
    /// deadline
    /// may want a reminder at the same time), the successor is decided again on the action as it is now.
    /// </summary>
    private async Task CompleteAsync(DueReminder claimed, Reminder? next, CancellationToken cancellationToken)
    {
        for (
            var replanned = await store.CompleteAsync(claimed, next, cancellationToken);
            replanned is not null;
            replanned = await store.CompleteAsync(replanned, next, cancellationToken)
        )
        {
            next = (
                await composer.ComposeAsync(replanned, composer.NewPass(cancellationToken), cancellationToken)
            )?.Next;
        }
    }

    private async Task TryReleaseAsync(
        DueReminder claimed,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        bool backoff = true
    )
    {
        try
        {
            await store.ReleaseAsync(claimed, backoff ? now + Backoff(claimed.Attempts) : now, cancellationToken);
        }
        catch (Exception e) when (storageFailures.Is(e, cancellationToken))
        {
            LogStorageFailed(logger, e, claimed.Reminder.Kind, claimed.Group.ToString());
        }
    }

    /// <summary>30 s after the first failed attempt, doubling each time, at most an hour.</summary>
    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, 30 * Math.Pow(2, attempts - 1)));

    private async Task<DispatchOutcome> RecordAsync(
        DueReminder claimed,
        Outgoing delivery,
        SendOutcome outcome,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        switch (outcome)
        {
            case SendOutcome.Sent:
                await CompleteAsync(claimed, delivery.Next, cancellationToken);
                if (claimed.Reminder.Kind == ReminderKind.Digest)
                {
                    await settings.SetLastDigestAsync(claimed.Group, now, cancellationToken);
                }

                return DispatchOutcome.Sent;
            case SendOutcome.Unreachable when delivery.To is null:
                // The bot is no longer in the channel: this one is not tried again, the chain goes on.
                await CompleteAsync(claimed, delivery.Next, cancellationToken);
                LogChannelUnreachable(logger, claimed.Group.ToString());
                return DispatchOutcome.Unreachable;
            case SendOutcome.Unreachable:
                var person = delivery.To;
                var groups = person.Person?.GroupIds ?? [];
                foreach (var groupId in groups.Append(claimed.Group.GroupId).Distinct())
                {
                    await members.SetUnreachableAsync(
                        new(claimed.Group.TenantId, groupId),
                        person.Member.AadObjectId,
                        true,
                        cancellationToken
                    );
                }

                await store.DropAsync(claimed, cancellationToken);
                LogUnreachable(logger, person.Member.AadObjectId, claimed.Group.ToString());
                return DispatchOutcome.Unreachable;
            default:
                await store.ReleaseAsync(claimed, now + Backoff(claimed.Attempts), cancellationToken);
                return DispatchOutcome.Failed;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Storage failed while dispatching a {Kind} reminder of {Group}; it will be retried"
    )]
    private static partial void LogStorageFailed(ILogger logger, Exception exception, ReminderKind kind, string group);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Dispatching a {Kind} reminder of {Group} failed; it will be retried later"
    )]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, ReminderKind kind, string group);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The channel of {Group} cannot be reached; the message was not sent"
    )]
    private static partial void LogChannelUnreachable(ILogger logger, string group);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Member {Person} of {Group} cannot be reached; marked unreachable"
    )]
    private static partial void LogUnreachable(ILogger logger, string person, string group);
}
