using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>A group's rows in the Reminders table as stored (promises included), read straight from the table.</summary>
public static class StoredReminders
{
    public static async Task<IReadOnlyList<ReminderEntity>> OfAsync(TableClient reminders, GroupKey group)
    {
        var shard = ReminderEntity.PartitionOf(group);
        var rows = new List<ReminderEntity>();
        await foreach (var row in reminders.QueryAsync<ReminderEntity>(e => e.PartitionKey == shard && e.TenantId == group.TenantId && e.GroupId == group.GroupId))
        {
            rows.Add(row);
        }

        return rows;
    }
}
