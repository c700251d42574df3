using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Storage;

public sealed class TableRosterSyncStore(TableStorage storage) : IRosterSyncStore
{
    private TableClient Jobs => storage.RosterSyncs;

    public Task<RosterSyncJob> RequestAsync(GroupKey group, CancellationToken cancellationToken) =>
        Conflicts.RetryAsync(async () =>
        {
            var found = await Jobs.GetEntityIfExistsAsync<RosterSyncEntity>(RosterSyncEntity.Partition, RosterSyncEntity.RowOf(group), cancellationToken: cancellationToken);
            var job = new RosterSyncJob(group, Guid.NewGuid().ToString("N"), null, found.HasValue ? found.Value!.LeaseUntil : null, "");
            var response = found.HasValue
                ? await Jobs.UpdateEntityAsync(RosterSyncEntity.From(job), found.Value!.ETag, TableUpdateMode.Replace, cancellationToken)
                : await Jobs.AddEntityAsync(RosterSyncEntity.From(job), cancellationToken);
            return job with { Version = response.Headers.ETag!.Value.ToString() };
        }, cancellationToken);

    public async Task<IReadOnlyList<RosterSyncJob>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<RosterSyncJob>();
        await foreach (var row in Jobs.QueryAsync<RosterSyncEntity>(e => e.PartitionKey == RosterSyncEntity.Partition, cancellationToken: cancellationToken))
        {
            if (row.LeaseUntil is null || row.LeaseUntil <= now)
            {
                due.Add(row.ToJob(row.ETag.ToString()));
            }
        }

        return due;
    }

    public async Task<RosterSyncJob?> TryUpdateAsync(RosterSyncJob job, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Jobs.UpdateEntityAsync(RosterSyncEntity.From(job), new ETag(job.Version), TableUpdateMode.Replace, cancellationToken);
            return job with { Version = response.Headers.ETag!.Value.ToString() };
        }
        catch (RequestFailedException e) when (Conflicts.IsConflict(e) || e.Status == 404)
        {
            return null;
        }
    }

    public async Task TryCompleteAsync(RosterSyncJob job, CancellationToken cancellationToken)
    {
        try
        {
            await Jobs.DeleteEntityAsync(RosterSyncEntity.Partition, RosterSyncEntity.RowOf(job.Group), new ETag(job.Version), cancellationToken);
        }
        catch (RequestFailedException e) when (Conflicts.IsConflict(e) || e.Status == 404)
        {
            // A newer request replaced it: it stays, and runs again.
        }
    }
}
