using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

public sealed class TableReminderStore(TableStorage storage) : IReminderStore
{
    private TableClient Reminders => storage.Reminders;

    public async Task PlanAsync(GroupKey group, IEnumerable<Reminder> reminders, Reminder? promise, CancellationToken cancellationToken)
    {
        // Merge writes only what identifies the reminder, so a row that exists keeps its lease and attempts.
        var writes = reminders.Select(r => ReminderEntity.From(group, r)).DistinctBy(r => r.RowKey)
            .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertMerge, r)).ToList();
        if (promise is not null)
        {
            // Last, so that the promise stays until every reminder is stored.
            writes.Add(new TableTransactionAction(TableTransactionActionType.Delete, ReminderEntity.From(group, promise), ETag.All));
        }

        foreach (var batch in writes.Chunk(100))
        {
            await Reminders.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<DueReminder>> FindDueAsync(int shard, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReminderEntity.PartitionOf(shard)} and RowKey lt {ReminderEntity.RowsDueBy(now)}");
        var due = new List<DueReminder>();
        await foreach (var row in Reminders.QueryAsync<ReminderEntity>(filter, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken))
        {
            if (row.ToDue() is { } reminder)
            {
                due.Add(reminder);
            }
            if (due.Count == max)
            {
                break;
            }
        }

        return due;
    }

    public async Task<DueReminder?> ClaimAsync(DueReminder due, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var row = Row(due);
        row.LeaseUntil = leaseUntil;
        row.Attempts = due.Attempts + 1;
        try
        {
            var response = await Reminders.UpdateEntityAsync(row, new ETag(due.Version), TableUpdateMode.Merge, cancellationToken);
            return due with { LeaseUntil = leaseUntil, Attempts = row.Attempts, Version = response.Headers.ETag!.Value.ToString() };
        }
        catch (RequestFailedException e) when (Conflicts.IsConflict(e) || e.Status == 404)
        {
            return null;
        }
    }

    public async Task CompleteAsync(DueReminder claimed, Reminder? next, CancellationToken cancellationToken)
    {
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Delete, Row(claimed), new ETag(claimed.Version))];
        if (next is not null && ReminderEntity.From(claimed.Group, next) is var successor && successor.RowKey != Row(claimed).RowKey)
        {
            actions.Add(new(TableTransactionActionType.UpsertMerge, successor));
        }

        await Reminders.SubmitTransactionAsync(actions, cancellationToken);
    }

    public Task DropAsync(DueReminder claimed, CancellationToken cancellationToken) =>
        Reminders.DeleteEntityAsync(Row(claimed).PartitionKey, Row(claimed).RowKey, new ETag(claimed.Version), cancellationToken);

    public Task ReleaseAsync(DueReminder claimed, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        var row = Row(claimed);
        row.LeaseUntil = retryAt;
        row.Attempts = claimed.Attempts;
        return Reminders.UpdateEntityAsync(row, new ETag(claimed.Version), TableUpdateMode.Merge, cancellationToken);
    }

    public Task SnoozeAsync(GroupKey group, int action, string person, Snooze snooze, CancellationToken cancellationToken) =>
        storage.Plans.UpsertEntityAsync(
            new SnoozeEntity
            {
                PartitionKey = SnoozeEntity.PartitionOf(group),
                RowKey = SnoozeEntity.RowOf(action, person),
                Until = snooze.Until,
                Deadline = snooze.Deadline.ToString("yyyy-MM-dd"),
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<Snooze?> FindSnoozeAsync(GroupKey group, int action, string person, CancellationToken cancellationToken)
    {
        var found = await storage.Plans.GetEntityIfExistsAsync<SnoozeEntity>(SnoozeEntity.PartitionOf(group), SnoozeEntity.RowOf(action, person), cancellationToken: cancellationToken);
        return found is { HasValue: true, Value: { } row } ? new Snooze(row.Until, DateOnly.ParseExact(row.Deadline, "yyyy-MM-dd")) : null;
    }

    private static ReminderEntity Row(DueReminder due) => ReminderEntity.From(due.Group, due.Reminder);
}
