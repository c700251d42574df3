using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Storage;

public sealed class TableMemberStore(TableStorage storage) : IMemberStore
{
    private const int MaxBatch = 100;

    public async Task<Member?> FindAsync(GroupKey group, string aadObjectId, CancellationToken cancellationToken)
    {
        var response = await storage.Members.GetEntityIfExistsAsync<MemberEntity>(
            MemberEntity.PartitionOf(group), MemberEntity.RowOf(aadObjectId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToMember() : null;
    }

    public async Task<IReadOnlyList<Member>> ListAsync(GroupKey group, CancellationToken cancellationToken) =>
        (await ListEntitiesAsync(group, cancellationToken)).Select(e => e.ToMember()).ToList();

    public Task<RosterChange> SyncRosterAsync(
        GroupKey group, IReadOnlyList<TeamsIdentity> roster, TeamsIdentity? firstChair, CancellationToken cancellationToken) =>
        Conflicts.RetryAsync(async () =>
        {
            var existing = (await ListEntitiesAsync(group, cancellationToken)).ToDictionary(e => e.AadObjectId);
            var people = WithFirstChair(roster, firstChair);
            var hasChair = people.Any(p => existing.TryGetValue(p.AadObjectId, out var e) && e.Role == nameof(MemberRole.Chair));
            var actions = new List<TableTransactionAction>();
            var joined = new List<string>();

            foreach (var person in people)
            {
                if (!existing.TryGetValue(person.AadObjectId, out var entity))
                {
                    var role = !hasChair && person.AadObjectId == firstChair?.AadObjectId ? MemberRole.Chair : MemberRole.Member;
                    actions.Add(new(TableTransactionActionType.Add, MemberEntity.Joining(group, person, role)));
                    joined.Add(person.AadObjectId);
                }
                else if (!entity.Matches(person))
                {
                    if (!entity.InRoster)
                    {
                        joined.Add(person.AadObjectId);
                    }

                    entity.InRoster = true;
                    actions.Add(new(TableTransactionActionType.UpdateReplace, entity.With(person), entity.ETag));
                }
            }

            var inRoster = people.Select(p => p.AadObjectId).ToHashSet();
            var left = existing.Values.Where(e => e.InRoster && !inRoster.Contains(e.AadObjectId)).ToList();
            foreach (var entity in left)
            {
                entity.InRoster = false;
                actions.Add(new(TableTransactionActionType.UpdateReplace, entity, entity.ETag));
            }

            foreach (var batch in actions.Chunk(MaxBatch))
            {
                await storage.Members.SubmitTransactionAsync(batch, cancellationToken);
            }

            return new RosterChange(joined, left.Select(e => e.AadObjectId).ToList());
        }, cancellationToken);

    public Task<bool> SetRoleAsync(GroupKey group, string aadObjectId, MemberRole role, CancellationToken cancellationToken) =>
        Conflicts.RetryAsync(async () =>
        {
            var all = await ListEntitiesAsync(group, cancellationToken);
            if (all.FirstOrDefault(e => e.AadObjectId == aadObjectId && e.InRoster) is not { } member)
            {
                return false;
            }

            var otherChairs = all.Where(e => e.InRoster && e.Role == nameof(MemberRole.Chair) && e.AadObjectId != aadObjectId).ToList();
            if (role != MemberRole.Chair && otherChairs.Count == 0)
            {
                return false;
            }

            member.Role = role.ToString();
            // The other chairs' rows go into the same transaction unchanged, with their ETags: if one of them stepped
            // down meanwhile, the whole change fails and is decided again.
            await storage.Members.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, member, member.ETag),
                    .. otherChairs.Select(c => new TableTransactionAction(TableTransactionActionType.UpdateMerge, c, c.ETag)),
                ],
                cancellationToken);
            return true;
        }, cancellationToken);

    public async Task SetUnreachableAsync(GroupKey group, string aadObjectId, bool unreachable, CancellationToken cancellationToken)
    {
        var row = new TableEntity(MemberEntity.PartitionOf(group), MemberEntity.RowOf(aadObjectId)) { [nameof(MemberEntity.Unreachable)] = unreachable };
        try
        {
            await storage.Members.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // Not (or no longer) a member of this group: nothing to mark.
        }
    }

    private static IReadOnlyList<TeamsIdentity> WithFirstChair(IReadOnlyList<TeamsIdentity> roster, TeamsIdentity? firstChair) =>
        (firstChair is null ? roster : [.. roster, firstChair]).DistinctBy(p => p.AadObjectId).ToList();

    private async Task<List<MemberEntity>> ListEntitiesAsync(GroupKey group, CancellationToken cancellationToken)
    {
        var partition = MemberEntity.PartitionOf(group);
        var entities = new List<MemberEntity>();
        await foreach (var entity in storage.Members.QueryAsync<MemberEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            entities.Add(entity);
        }

        return entities;
    }
}
