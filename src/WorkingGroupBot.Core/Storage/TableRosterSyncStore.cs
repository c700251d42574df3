using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Storage;

public sealed class TableRosterSyncStore(TableStorage storage) : IRosterSyncStore
{
    private TableClient Jobs => storage.RosterSyncs;

    public Task<RosterSyncJob> RequestAsync(GroupKey group, CancellationToken cancellationToken) =>
        // A sync done (its row deleted) between the read and the write is a 404: read again, and add a new one.
        Conflicts.RetryAsync(
            async () =>
            {
                if (await FindAsync(group, cancellationToken) is not { } found)
                {
                    var job = new RosterSyncJob(group, NewGeneration(), null, null, "");
                    var added = await Jobs.AddEntityAsync(RosterSyncEntity.From(job), cancellationToken);
                    return job with { Version = added.Headers.ETag!.Value.ToString() };
                }

                var again = found with { Again = true };
                var response = await Jobs.UpdateEntityAsync(
                    RosterSyncEntity.From(again),
                    new ETag(found.Version),
                    TableUpdateMode.Replace,
                    cancellationToken
                );
                return again with { Version = response.Headers.ETag!.Value.ToString() };
            },
            cancellationToken,
            alsoWhenDeleted: true
        );

    public async Task<IReadOnlyList<RosterSyncJob>> FindDueAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var due = new List<RosterSyncJob>();
        await foreach (
            var row in Jobs.QueryAsync<RosterSyncEntity>(
                e => e.PartitionKey == RosterSyncEntity.Partition,
                cancellationToken: cancellationToken
            )
        )
        {
            if (row.LeaseUntil is null || row.LeaseUntil <= now)
            {
                due.Add(row.ToJob(row.ETag.ToString()));
            }
        }

        return due;
    }

    public async Task<RosterSyncJob?> TryClaimAsync(
        RosterSyncJob job,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken
    )
    {
        for (RosterSyncJob? current = job; current is not null; current = await FindAsync(job.Group, cancellationToken))
        {
            if (current.LeaseUntil > now)
            {
                return null;
            }

            if (
                await TryWriteAsync(
                    current with
                    {
                        Holder = Guid.NewGuid().ToString("N"),
                        LeaseUntil = leaseUntil,
                    },
                    cancellationToken
                ) is
                { } claimed
            )
            {
                return claimed;
            }
        }

        return null;
    }

    public async Task<RosterSyncJob?> TryUpdateAsync(RosterSyncJob job, CancellationToken cancellationToken)
    {
        for (
            RosterSyncJob? current = job;
            IsHeldAs(current, job);
            current = await FindAsync(job.Group, cancellationToken)
        )
        {
            if (
                await TryWriteAsync(
                    job with
                    {
                        Again = current!.Again,
                        Version = current.Version,
                    },
                    cancellationToken
                ) is
                { } saved
            )
            {
                return saved;
            }
        }

        return null;
    }

    public async Task RecordFailureAsync(RosterSyncJob job, CancellationToken cancellationToken)
    {
        for (
            var current = await FindAsync(job.Group, cancellationToken);
            IsHeldAs(current, job);
            current = await FindAsync(job.Group, cancellationToken)
        )
        {
            if (await TryWriteAsync(current! with { Failures = current.Failures + 1 }, cancellationToken) is not null)
            {
                return;
            }
        }
    }

    public async Task<bool> TryCompleteAsync(RosterSyncJob job, CancellationToken cancellationToken)
    {
        for (
            RosterSyncJob? current = job;
            IsHeldAs(current, job);
            current = await FindAsync(job.Group, cancellationToken)
        )
        {
            try
            {
                if (current!.Again)
                {
                    var next = new RosterSyncJob(job.Group, NewGeneration(), null, null, current.Version);
                    await Jobs.UpdateEntityAsync(
                        RosterSyncEntity.From(next),
                        new ETag(current.Version),
                        TableUpdateMode.Replace,
                        cancellationToken
                    );
                    return true;
                }

                await Jobs.DeleteEntityAsync(
                    RosterSyncEntity.Partition,
                    RosterSyncEntity.RowOf(job.Group),
                    new ETag(current.Version),
                    cancellationToken
                );
                return false;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // A request came meanwhile (read it, and start the next generation instead), or it is not ours any
                // more.
            }
        }

        return false;
    }

    /// <summary>Whether the stored job is still the same holder's run of the same generation (a request changes
    /// neither).</summary>
    private static bool IsHeldAs(RosterSyncJob? stored, RosterSyncJob job) =>
        stored is not null && stored.Holder == job.Holder && stored.Generation == job.Generation;

    private static string NewGeneration() => Guid.NewGuid().ToString("N");

    private async Task<RosterSyncJob?> TryWriteAsync(RosterSyncJob job, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Jobs.UpdateEntityAsync(
                RosterSyncEntity.From(job),
                new ETag(job.Version),
                TableUpdateMode.Replace,
                cancellationToken
            );
            return job with { Version = response.Headers.ETag!.Value.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    private async Task<RosterSyncJob?> FindAsync(GroupKey group, CancellationToken cancellationToken)
    {
        var found = await Jobs.GetEntityIfExistsAsync<RosterSyncEntity>(
            RosterSyncEntity.Partition,
            RosterSyncEntity.RowOf(group),
            cancellationToken: cancellationToken
        );
        return found.HasValue ? found.Value!.ToJob(found.Value.ETag.ToString()) : null;
    }
}
