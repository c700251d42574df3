using System.Text.Json;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

public sealed class TableGroupSettingsStore(TableStorage storage) : IGroupSettingsStore
{
    public async Task<GroupSettings> GetAsync(GroupKey group, CancellationToken cancellationToken)
    {
        var found = await storage.Plans.GetEntityIfExistsAsync<SettingsEntity>(
            PlanRows.PartitionOf(group),
            SettingsEntity.Row,
            cancellationToken: cancellationToken
        );
        return found is { HasValue: true, Value: { } row } ? row.ToSettings() : GroupSettings.Default;
    }

    public Task SavePolicyAsync(GroupKey group, ReminderPolicy policy, CancellationToken cancellationToken) =>
        MergeAsync(group, new SettingsEntity { Policy = JsonSerializer.Serialize(policy) }, cancellationToken);

    public Task SetLastDigestAsync(GroupKey group, DateTimeOffset at, CancellationToken cancellationToken) =>
        MergeAsync(group, new SettingsEntity { LastDigestAt = at }, cancellationToken);

    private Task MergeAsync(GroupKey group, SettingsEntity row, CancellationToken cancellationToken)
    {
        row.PartitionKey = PlanRows.PartitionOf(group);
        row.RowKey = SettingsEntity.Row;
        return storage.Plans.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }
}
