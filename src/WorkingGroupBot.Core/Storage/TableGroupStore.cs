using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Storage;

public sealed class TableGroupStore(TableStorage storage) : IGroupStore
{
    public async Task<Group?> FindAsync(GroupKey key, CancellationToken cancellationToken) =>
        (await FindEntityAsync(key, cancellationToken))?.ToGroup();

    public async Task<IReadOnlyList<Group>> FindManyAsync(
        string tenantId,
        IEnumerable<string> groupIds,
        CancellationToken cancellationToken
    )
    {
        var found = await Task.WhenAll(groupIds.Select(id => FindAsync(new GroupKey(tenantId, id), cancellationToken)));
        return found.OfType<Group>().ToList();
    }

    public Task<bool> ActivateAsync(Group group, CancellationToken cancellationToken) =>
        Conflicts.RetryAsync(
            async () =>
            {
                var existing = await FindEntityAsync(group.Key, cancellationToken);
                if (existing is null)
                {
                    await storage.Groups.AddEntityAsync(
                        GroupEntity.From(group with { Active = true }),
                        cancellationToken
                    );
                    return true;
                }

                var wasActive = existing.Active;
                existing.Active = true;
                existing.Name = group.Name;
                existing.ServiceUrl = group.Channel.ServiceUrl;
                existing.ConversationId = group.Channel.ConversationId;
                existing.BotId = group.Channel.BotId;
                existing.BotName = group.Channel.BotName;
                await storage.Groups.UpdateEntityAsync(existing, existing.ETag, cancellationToken: cancellationToken);
                return !wasActive;
            },
            cancellationToken
        );

    public Task SetLanguageAsync(GroupKey key, Texts.Language language, CancellationToken cancellationToken) =>
        storage.Groups.UpdateEntityAsync(
            new TableEntity(GroupEntity.PartitionOf(key.TenantId), GroupEntity.RowOf(key.GroupId))
            {
                [nameof(GroupEntity.Language)] = language.ToString(),
            },
            ETag.All,
            TableUpdateMode.Merge,
            cancellationToken
        );

    public Task DeactivateAsync(GroupKey key, CancellationToken cancellationToken) =>
        Conflicts.RetryAsync(
            async () =>
            {
                var existing = await FindEntityAsync(key, cancellationToken);
                if (existing is { Active: true })
                {
                    existing.Active = false;
                    await storage.Groups.UpdateEntityAsync(
                        existing,
                        existing.ETag,
                        cancellationToken: cancellationToken
                    );
                }

                return true;
            },
            cancellationToken
        );

    private async Task<GroupEntity?> FindEntityAsync(GroupKey key, CancellationToken cancellationToken)
    {
        var response = await storage.Groups.GetEntityIfExistsAsync<GroupEntity>(
            GroupEntity.PartitionOf(key.TenantId),
            GroupEntity.RowOf(key.GroupId),
            cancellationToken: cancellationToken
        );
        return response.HasValue ? response.Value : null;
    }
}
