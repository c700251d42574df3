using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Storage;

public sealed class TableMemberStore(TableStorage storage) : IMemberStore
{
    private const int MaxBatch = 100;
    private const int ParallelWrites = 8;

    public async Task<Member?> FindAsync(GroupKey group, string aadObjectId, CancellationToken cancellationToken)
    {
        var response = await storage.Plans.GetEntityIfExistsAsync<MemberEntity>(
            MemberEntity.PartitionOf(group),
            MemberEntity.RowOf(aadObjectId),
            cancellationToken: cancellationToken
        );
        return response.HasValue ? response.Value!.ToMember() : null;
    }

    public async Task<IReadOnlyList<Member>> ListAsync(GroupKey group, CancellationToken cancellationToken) =>
        (await ListEntitiesAsync(group, cancellationToken)).Select(e => e.ToMember()).ToList();

    public async Task RecordRosterPageAsync(
        GroupKey group,
        IReadOnlyList<TeamsIdentity> page,
        string generation,
        CancellationToken cancellationToken
    )
    {
        // A merge that leaves the role out: a new row reads as a member, an existing one keeps its role and unreachable
        // mark.
        var rows = page.DistinctBy(p => p.AadObjectId).Select(person => RosterRow(group, person, generation));
        foreach (var batch in rows.Chunk(MaxBatch))
        {
            await storage.Plans.SubmitTransactionAsync(
                batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertMerge, r)),
                cancellationToken
            );
        }
    }

    public async Task<IReadOnlyList<string>> MarkNotSyncedLeftAsync(
        GroupKey group,
        string generation,
        CancellationToken cancellationToken
    )
    {
        var gone = (await ListEntitiesAsync(group, cancellationToken))
            .Where(e => e.InRoster && e.SyncedBy != generation)
            .ToList();
        var marked = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            gone,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                try
                {
                    await storage.Plans.UpdateEntityAsync(
                        new TableEntity(row.PartitionKey, row.RowKey) { [nameof(MemberEntity.InRoster)] = false },
                        row.ETag,
                        TableUpdateMode.Merge,
                        ct
                    );
                    marked.Add(row.AadObjectId);
                }
                catch (RequestFailedException e) when (e.Status is 412 or 404)
                {
                    // Written since it was read (by a newer sync, a join): that writer decides, it stays as it is.
                }
            }
        );
        return marked.ToList();
    }

    public async Task<Member> EnsureChairAsync(
        GroupKey group,
        TeamsIdentity installer,
        string generation,
        CancellationToken cancellationToken
    )
    {
        var filter =
            PlanRows.RangeFilter(MemberEntity.PartitionOf(group), PlanRows.MemberPrefix)
            + TableClient.CreateQueryFilter($" and Role eq {nameof(MemberRole.Chair)} and InRoster eq true");
        await foreach (
            var chair in storage.Plans.QueryAsync<MemberEntity>(filter, cancellationToken: cancellationToken)
        )
        {
            return chair.ToMember();
        }

        var row = RosterRow(group, installer, generation);
        row[nameof(MemberEntity.Role)] = nameof(MemberRole.Chair);
        await storage.Plans.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
        return new Member
        {
            Identity = installer,
            Role = MemberRole.Chair,
            InRoster = true,
        };
    }

    public async Task<IReadOnlyList<string>> FindGroupIdsAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken
    )
    {
        // The tenant's partitions are "tenant|group": the range from "tenant|" up to "tenant}" ('}' follows '|').
        var tenant = TableKey.Of(tenantId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey gt {tenant + "|"} and PartitionKey lt {tenant + "}"} and RowKey eq {MemberEntity.RowOf(aadObjectId)} and InRoster eq true"
        );
        var groupIds = new List<string>();
        await foreach (var row in storage.Plans.QueryAsync<MemberEntity>(filter, cancellationToken: cancellationToken))
        {
            groupIds.Add(TableKey.PartsOf(row.PartitionKey)[1]);
        }

        return groupIds;
    }

    public Task<bool> SetRoleAsync(
        GroupKey group,
        string aadObjectId,
        MemberRole role,
        CancellationToken cancellationToken
    ) =>
        Conflicts.RetryAsync(
            async () =>
            {
                var all = await ListEntitiesAsync(group, cancellationToken);
                if (all.FirstOrDefault(e => e.AadObjectId == aadObjectId && e.InRoster) is not { } member)
                {
                    return false;
                }

                var otherChairs = all.Where(e =>
                        e.InRoster && e.Role == nameof(MemberRole.Chair) && e.AadObjectId != aadObjectId
                    )
                    .ToList();
                if (role != MemberRole.Chair && otherChairs.Count == 0)
                {
                    return false;
                }

                member.Role = role.ToString();
                // The other chairs' rows go into the same transaction unchanged, with their ETags: if one of them
                // stepped
                // down meanwhile, the whole change fails and is decided again.
                await storage.Plans.SubmitTransactionAsync(
                    [
                        new(TableTransactionActionType.UpdateReplace, member, member.ETag),
                        .. otherChairs.Select(c => new TableTransactionAction(
                            TableTransactionActionType.UpdateMerge,
                            c,
                            c.ETag
                        )),
                    ],
                    cancellationToken
                );
                return true;
            },
            cancellationToken
        );

    public async Task<bool> SetAwayAsync(
        GroupKey group,
        string aadObjectId,
        Absence? away,
        CancellationToken cancellationToken
    )
    {
        var row = new TableEntity(MemberEntity.PartitionOf(group), MemberEntity.RowOf(aadObjectId))
        {
            [nameof(MemberEntity.Away)] = MemberEntity.AwayValue(away),
        };
        try
        {
            await storage.Plans.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task SetUnreachableAsync(
        GroupKey group,
        string aadObjectId,
        bool unreachable,
        CancellationToken cancellationToken
    )
    {
        var row = new TableEntity(MemberEntity.PartitionOf(group), MemberEntity.RowOf(aadObjectId))
        {
            [nameof(MemberEntity.Unreachable)] = unreachable,
        };
        try
        {
            await storage.Plans.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // Not (or no longer) a member of this group: nothing to mark.
        }
    }

    private static TableEntity RosterRow(GroupKey group, TeamsIdentity person, string generation)
    {
        var row = new TableEntity(MemberEntity.PartitionOf(group), MemberEntity.RowOf(person.AadObjectId))
        {
            [nameof(MemberEntity.AadObjectId)] = person.AadObjectId,
            [nameof(MemberEntity.TeamsUserId)] = person.TeamsUserId,
            [nameof(MemberEntity.Name)] = person.Name,
            [nameof(MemberEntity.InRoster)] = true,
            [nameof(MemberEntity.SyncedBy)] = generation,
        };
        if (person.Upn is not null)
        {
            row[nameof(MemberEntity.Upn)] = person.Upn;
        }

        return row;
    }

    private async Task<List<MemberEntity>> ListEntitiesAsync(GroupKey group, CancellationToken cancellationToken)
    {
        var filter = PlanRows.RangeFilter(MemberEntity.PartitionOf(group), PlanRows.MemberPrefix);
        return await storage
            .Plans.QueryAsync<MemberEntity>(filter, cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken);
    }
}
