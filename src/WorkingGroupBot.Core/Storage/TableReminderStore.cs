using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

public sealed class TableReminderStore(TableStorage storage) : IReminderStore
{
    private TableClient Reminders => storage.Reminders;

    public Task PromiseAsync(GroupKey group, ReplanPromise promise, CancellationToken cancellationToken) =>
        PlanAsync(group, [promise.AsQueued()], promise: null, cancellationToken);

    public async Task<bool> PlanAsync(
        GroupKey group,
        IEnumerable<Reminder> reminders,
        ReplanPromise? promise,
        CancellationToken cancellationToken
    )
    {
        // Merge writes only what identifies the reminder, so a row that exists keeps its claim (claim id, lease,
        // attempts): re-planning never disturbs a dispatcher that is sending it, whose writes recognise their claim.
        var writes = reminders
            .Select(r => ReminderEntity.From(group, r))
            .DistinctBy(r => r.RowKey)
            .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertMerge, r))
            .ToList();
        if (promise is not null)
        {
            // Last, so that the promise stays until every reminder is stored.
            writes.Add(
                new TableTransactionAction(
                    TableTransactionActionType.Delete,
                    ReminderEntity.From(group, promise.AsQueued()),
                    ETag.All
                )
            );
        }

        if (writes is [{ Entity: var single }] && promise is null)
        {
            // One row (a promise, a meeting's next notice) needs no transaction, and a batch costs storage more.
            await Reminders.UpsertEntityAsync(single, TableUpdateMode.Merge, cancellationToken);
            return true;
        }

        try
        {
            foreach (var batch in writes.Chunk(100))
            {
                await Reminders.SubmitTransactionAsync(batch, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404 && promise is not null)
        {
            // Only the promise's delete can find nothing: it was kept (or this very transaction committed) already.
            return false;
        }
    }

    public async Task<IReadOnlyList<DueReminder>> FindDueAsync(
        int shard,
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken
    )
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ReminderEntity.PartitionOf(shard)} and RowKey lt {ReminderEntity.RowsDueBy(now)}"
        );
        var due = new List<DueReminder>();
        await foreach (
            var row in Reminders.QueryAsync<ReminderEntity>(
                filter,
                maxPerPage: Math.Min(max, 1000),
                cancellationToken: cancellationToken
            )
        )
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

    public async Task<DueReminder?> ClaimAsync(
        DueReminder due,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken
    )
    {
        var claim = Guid.NewGuid().ToString("N");
        // Only the claim's properties: what the planner wrote stays as it is.
        var row = new TableEntity(ReminderEntity.PartitionOf(due.Group), due.Key)
        {
            [nameof(ReminderEntity.LeaseUntil)] = leaseUntil,
            [nameof(ReminderEntity.Attempts)] = due.Attempts + 1,
            [nameof(ReminderEntity.ClaimId)] = claim,
        };
        try
        {
            var response = await Reminders.UpdateEntityAsync(
                row,
                new ETag(due.Version),
                TableUpdateMode.Merge,
                cancellationToken
            );
            return due with
            {
                LeaseUntil = leaseUntil,
                Attempts = due.Attempts + 1,
                Version = response.Headers.ETag!.Value.ToString(),
                Claim = claim,
            };
        }
        catch (RequestFailedException e) when (Conflicts.IsConflict(e) || e.Status == 404)
        {
            return null;
        }
    }

    public Task<DueReminder?> RenewAsync(
        DueReminder claimed,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken
    ) =>
        WhileClaimedAsync<DueReminder?>(
            claimed,
            async current =>
            {
                var row = new TableEntity(ReminderEntity.PartitionOf(current.Group), current.Key)
                {
                    [nameof(ReminderEntity.LeaseUntil)] = leaseUntil,
                };
                var response = await Reminders.UpdateEntityAsync(
                    row,
                    new ETag(current.Version),
                    TableUpdateMode.Merge,
                    cancellationToken
                );
                return current with { LeaseUntil = leaseUntil, Version = response.Headers.ETag!.Value.ToString() };
            },
            cancellationToken
        );

    public Task<DueReminder?> CompleteAsync(DueReminder claimed, Reminder? next, CancellationToken cancellationToken)
    {
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Delete, Row(claimed), new ETag(claimed.Version)),
        ];
        if (
            next is not null
            && ReminderEntity.From(claimed.Group, next) is var successor
            && successor.RowKey != claimed.Key
        )
        {
            actions.Add(new(TableTransactionActionType.UpsertMerge, successor));
        }

        return UnlessChangedAsync(
            claimed,
            () => Reminders.SubmitTransactionAsync(actions, cancellationToken),
            cancellationToken
        );
    }

    public Task<DueReminder?> DropAsync(DueReminder claimed, CancellationToken cancellationToken) =>
        UnlessChangedAsync(
            claimed,
            () =>
                Reminders.DeleteEntityAsync(
                    Row(claimed).PartitionKey,
                    claimed.Key,
                    new ETag(claimed.Version),
                    cancellationToken
                ),
            cancellationToken
        );

    public Task ReleaseAsync(DueReminder claimed, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        WhileClaimedAsync(
            claimed,
            async current =>
            {
                // A promise is known by when it is to be kept (keeping it deletes its row by that time), so moved it is
                // re-dated.
                var reminder =
                    current.Reminder.Kind == ReminderKind.Replan
                        ? current.Reminder with
                        {
                            DueAt = retryAt,
                        }
                        : current.Reminder;
                var moved = ReminderEntity.From(current.Group, reminder, retryAt);
                moved.Attempts = current.Attempts;
                // Delete and insert commit together (one partition): the reminder is never lost on the way, nor found
                // twice.
                await Reminders.SubmitTransactionAsync(
                    [
                        new(TableTransactionActionType.Delete, Row(current), new ETag(current.Version)),
                        new(TableTransactionActionType.UpsertReplace, moved),
                    ],
                    cancellationToken
                );
                return true;
            },
            cancellationToken
        );

    /// <summary>The stored row (the reminder's content, at the key it is stored under).</summary>
    private static ReminderEntity Row(DueReminder due)
    {
        var row = ReminderEntity.From(due.Group, due.Reminder);
        row.RowKey = due.Key;
        return row;
    }

    /// <summary>
    /// Runs a write conditional on the claimed row's version. When the row changed meanwhile, it is read again: still
    /// under
    /// this claim (someone re-planned it), it is returned for the caller to decide again; else (taken over, gone) null.
    /// </summary>
    private async Task<DueReminder?> UnlessChangedAsync(
        DueReminder claimed,
        Func<Task> write,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await write();
            return null;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return await OwnAgainAsync(claimed, cancellationToken);
        }
    }

    /// <summary>
    /// Runs a write conditional on the claimed row's version; when the row was written since it was read (re-planned)
    /// but
    /// is still under this claim, runs it again on the row as it is now. The default when the claim is lost.
    /// </summary>
    private async Task<T?> WhileClaimedAsync<T>(
        DueReminder claimed,
        Func<DueReminder, Task<T>> write,
        CancellationToken cancellationToken
    )
    {
        for (var current = claimed; current is not null; current = await OwnAgainAsync(claimed, cancellationToken))
        {
            try
            {
                return await write(current);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Read it again below.
            }
        }

        return default;
    }

    /// <summary>The claimed row as stored now, if it is still under this claim.</summary>
    private async Task<DueReminder?> OwnAgainAsync(DueReminder claimed, CancellationToken cancellationToken)
    {
        var found = await Reminders.GetEntityIfExistsAsync<ReminderEntity>(
            ReminderEntity.PartitionOf(claimed.Group),
            claimed.Key,
            cancellationToken: cancellationToken
        );
        return found is { HasValue: true, Value: { } row } && row.ToDue() is { } now && now.Claim == claimed.Claim
            ? now
            : null;
    }
}
