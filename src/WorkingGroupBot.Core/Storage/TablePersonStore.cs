using Azure.Data.Tables;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Storage;

public sealed class TablePersonStore(TableStorage storage) : IPersonStore
{
    private const int ParallelWrites = 8;

    public async Task<Person?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var partition = PersonEntity.PartitionOf(tenantId, aadObjectId);
        var rows = new List<PersonEntity>();
        await foreach (
            var row in storage.People.QueryAsync<PersonEntity>(
                e => e.PartitionKey == partition,
                cancellationToken: cancellationToken
            )
        )
        {
            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var profile = rows.FirstOrDefault(r => r.IsProfile);
        return new Person
        {
            TenantId = tenantId,
            AadObjectId = aadObjectId,
            PersonalChat = profile?.PersonalChat(tenantId),
            TimeZone = profile?.TimeZone,
            Language = Enum.TryParse<Language>(profile?.Language, out var language) ? language : null,
            GroupIds = rows.Where(r => !r.IsProfile && r.InRoster && r.GroupId is not null)
                .Select(r => r.GroupId!)
                .ToList(),
        };
    }

    public async Task SavePersonalChatAsync(
        Caller caller,
        ConversationAddress personalChat,
        CancellationToken cancellationToken
    )
    {
        var profile = new PersonEntity
        {
            PartitionKey = PersonEntity.PartitionOf(caller.TenantId, caller.AadObjectId),
            RowKey = PersonEntity.ProfileRow,
            TeamsUserId = caller.TeamsUserId,
            Name = caller.Name,
            TimeZone = caller.TimeZone,
            Language = caller.Language.ToString(),
            ServiceUrl = personalChat.ServiceUrl,
            ConversationId = personalChat.ConversationId,
            BotId = personalChat.BotId,
            BotName = personalChat.BotName,
        };
        await storage.People.UpsertEntityAsync(profile, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task RememberPersonalChatAsync(
        string tenantId,
        string aadObjectId,
        ConversationAddress personalChat,
        CancellationToken cancellationToken
    )
    {
        var profile = new PersonEntity
        {
            PartitionKey = PersonEntity.PartitionOf(tenantId, aadObjectId),
            RowKey = PersonEntity.ProfileRow,
            ServiceUrl = personalChat.ServiceUrl,
            ConversationId = personalChat.ConversationId,
            BotId = personalChat.BotId,
            BotName = personalChat.BotName,
        };
        await storage.People.UpsertEntityAsync(profile, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task RecordMembershipAsync(GroupKey group, RosterChange change, CancellationToken cancellationToken)
    {
        var rows = change
            .Joined.Select(aad => MembershipRow(group, aad, inRoster: true))
            .Concat(change.Left.Select(aad => MembershipRow(group, aad, inRoster: false)));
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            async (row, ct) => await storage.People.UpsertEntityAsync(row, TableUpdateMode.Replace, ct)
        );
    }

    private static PersonEntity MembershipRow(GroupKey group, string aadObjectId, bool inRoster) =>
        new()
        {
            PartitionKey = PersonEntity.PartitionOf(group.TenantId, aadObjectId),
            RowKey = PersonEntity.GroupRowOf(group.GroupId),
            GroupId = group.GroupId,
            InRoster = inRoster,
        };
}
