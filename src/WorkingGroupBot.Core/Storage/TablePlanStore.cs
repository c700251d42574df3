using System.Globalization;
using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

public sealed class TablePlanStore(TableStorage storage) : IPlanStore
{
    private TableClient Plans => storage.Plans;

    public async Task<PlanRead> ReadAsync(GroupKey group, PlanReads reads, CancellationToken cancellationToken)
    {
        var rows = await Plans
            .QueryAsync<TableEntity>(PartitionRead.Filter(group, reads), cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken);
        return PartitionRead.From(rows, reads);
    }

    public Task SnoozeAsync(
        GroupKey group,
        int action,
        string person,
        Snooze snooze,
        CancellationToken cancellationToken
    ) =>
        Plans.UpsertEntityAsync(
            new SnoozeEntity
            {
                PartitionKey = SnoozeEntity.PartitionOf(group),
                RowKey = SnoozeEntity.RowOf(action, person),
                Until = snooze.Until,
                Deadline = snooze.Deadline.ToString("yyyy-MM-dd"),
            },
            TableUpdateMode.Replace,
            cancellationToken
        );

    public async Task<Snooze?> FindSnoozeAsync(
        GroupKey group,
        int action,
        string person,
        CancellationToken cancellationToken
    )
    {
        var found = await Plans.GetEntityIfExistsAsync<SnoozeEntity>(
            SnoozeEntity.PartitionOf(group),
            SnoozeEntity.RowOf(action, person),
            cancellationToken: cancellationToken
        );
        return found is { HasValue: true, Value: { } row } ? row.ToSnooze() : null;
    }

    public async Task<Plan?> FindPlanAsync(GroupKey group, CancellationToken cancellationToken)
    {
        var partition = PlanRows.PartitionOf(group);
        var planRow = Plans.GetEntityIfExistsAsync<PlanEntity>(
            partition,
            PlanRows.Plan,
            cancellationToken: cancellationToken
        );
        var areas = QueryAsync<AreaEntity>(partition, PlanRows.AreaPrefix, cancellationToken);
        return (await planRow) is { HasValue: true } row
            ? new Plan((await areas).Select(a => a.ToArea()).OrderBy(a => a.Order).ToList(), row.Value!.NextNumber)
            : null;
    }

    public async Task<Plan> StartPlanAsync(
        GroupKey group,
        IReadOnlyList<Area> areas,
        CancellationToken cancellationToken
    )
    {
        var partition = PlanRows.PartitionOf(group);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, new PlanEntity { PartitionKey = partition, RowKey = PlanRows.Plan }),
            .. areas.Select(a => new TableTransactionAction(TableTransactionActionType.Add, AreaEntity.From(group, a))),
        ];
        try
        {
            await Plans.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // Another chair started it first; theirs stands.
        }

        return (await FindPlanAsync(group, cancellationToken))!;
    }

    public Task SaveAreaAsync(GroupKey group, Area area, CancellationToken cancellationToken) =>
        Plans.UpsertEntityAsync(AreaEntity.From(group, area), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<ActionItem>> ListActionsAsync(
        GroupKey group,
        CancellationToken cancellationToken
    ) =>
        (await QueryAsync<ActionEntity>(PlanRows.PartitionOf(group), PlanRows.ActionPrefix, cancellationToken))
            .Select(e => e.ToAction())
            .ToList();

    public async Task<ActionItem?> FindActionAsync(GroupKey group, int number, CancellationToken cancellationToken)
    {
        var response = await Plans.GetEntityIfExistsAsync<ActionEntity>(
            PlanRows.PartitionOf(group),
            PlanRows.Action(number),
            cancellationToken: cancellationToken
        );
        return response.HasValue ? response.Value!.ToAction() : null;
    }

    public async Task<IReadOnlyList<LogEntry>> ReadLogAsync(
        GroupKey group,
        int number,
        CancellationToken cancellationToken
    ) =>
        (await QueryAsync<LogEntity>(PlanRows.PartitionOf(group), PlanRows.LogOf(number), cancellationToken))
            .Select(e => e.ToEntry())
            .ToList();

    public async Task<NewActionCommit> AddActionAsync(
        GroupKey group,
        ActionItem action,
        LogEntry created,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        var attempt = Guid.NewGuid().ToString("N");
        List<TableTransactionAction> rows = [.. NewActionRows(group, action, created, attempt)];
        if (submission is not null)
        {
            rows.Add(SubmissionEntity.Add(group, submission, action.Number.ToString(CultureInfo.InvariantCulture)));
        }

        if (await Conflicts.TrySubmitAsync(Plans, rows, cancellationToken))
        {
            return new NewActionCommit.Applied();
        }

        // Refused: its own commit met again, an earlier submission of the form (its marker), or the number taken.
        var own = IsOwnCommitAsync(group, action.Number, action.Revision, attempt, cancellationToken);
        var done = FindSubmissionAsync(group, submission, cancellationToken);
        var next = NextNumberAsync(Plans, group, cancellationToken);
        await Task.WhenAll(own, done, next);
        return await own ? new NewActionCommit.Applied()
            : await done is { } first
                ? new NewActionCommit.Replayed((await FindActionAsync(group, Number(first), cancellationToken))!)
            : new NewActionCommit.Conflict(await next);
    }

    /// <summary>The next number as stored now (after a conflict, when the turn's read of the plan is stale).</summary>
    internal static async Task<int> NextNumberAsync(
        TableClient plans,
        GroupKey group,
        CancellationToken cancellationToken
    ) =>
        (
            await plans.GetEntityAsync<PlanEntity>(
                PlanRows.PartitionOf(group),
                PlanRows.Plan,
                cancellationToken: cancellationToken
            )
        )
            .Value
            .NextNumber;

    /// <summary>
    /// The rows that bring a new action into the plan. Adding the action row guards the number: it fails (409) if
    /// another
    /// create took the number since the plan was read, and the whole transaction with it. So the plan row's next number
    /// only ever moves past a stored action.
    /// </summary>
    internal static IEnumerable<TableTransactionAction> NewActionRows(
        GroupKey group,
        ActionItem action,
        LogEntry created,
        string attempt
    ) =>
        [
            new(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(PlanRows.PartitionOf(group), PlanRows.Plan)
                {
                    [nameof(PlanEntity.NextNumber)] = action.Number + 1,
                },
                ETag.All
            ),
            new(TableTransactionActionType.Add, ActionEntity.From(group, action)),
            new(TableTransactionActionType.Add, LogLine(group, action.Number, action.Revision, created, attempt)),
        ];

    public async Task<ChangeCommit> ChangeActionAsync(
        GroupKey group,
        ActionItem next,
        LogEntry line,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        var attempt = Guid.NewGuid().ToString("N");
        // The log line of the new revision guards the write instead of an ETag: every change of an action adds its
        // revision's line and no line is ever removed, so adding it fails (409) if anyone changed the action since the
        // revision before, and the whole transaction with it.
        List<TableTransactionAction> rows =
        [
            new(TableTransactionActionType.UpdateReplace, ActionEntity.From(group, next), ETag.All),
            new(TableTransactionActionType.Add, LogLine(group, next.Number, next.Revision, line, attempt)),
        ];
        if (submission is not null)
        {
            rows.Add(SubmissionEntity.Add(group, submission, $"{next.Number}|{next.Revision}"));
        }

        if (await Conflicts.TrySubmitAsync(Plans, rows, cancellationToken))
        {
            return new ChangeCommit.Applied();
        }

        // Refused: its own commit met again, an earlier submission of the form (its marker), or someone's change.
        var own = IsOwnCommitAsync(group, next.Number, next.Revision, attempt, cancellationToken);
        var done = FindSubmissionAsync(group, submission, cancellationToken);
        var stored = FindActionAsync(group, next.Number, cancellationToken);
        await Task.WhenAll(own, done, stored);
        return await own ? new ChangeCommit.Applied()
            : await done is { } result ? await ReplayedAsync(group, await stored, result, cancellationToken)
            : new ChangeCommit.Conflict(await stored);
    }

    /// <summary>What a change submitted before did: the revision it made and that revision's log line.</summary>
    /// <param name="result">The marker's "number|revision".</param>
    private async Task<ChangeCommit> ReplayedAsync(
        GroupKey group,
        ActionItem? stored,
        string result,
        CancellationToken cancellationToken
    )
    {
        var parts = result.Split('|');
        var (number, revision) = (Number(parts[0]), Number(parts[1]));
        var line = await Plans.GetEntityAsync<LogEntity>(
            PlanRows.PartitionOf(group),
            PlanRows.Log(number, revision),
            cancellationToken: cancellationToken
        );
        return new ChangeCommit.Replayed(stored, revision, line.Value.ToEntry());
    }

    private Task<string?> FindSubmissionAsync(
        GroupKey group,
        string? submission,
        CancellationToken cancellationToken
    ) =>
        submission is null
            ? Task.FromResult<string?>(null)
            : SubmissionEntity.FindAsync(Plans, group, submission, cancellationToken);

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static LogEntity LogLine(GroupKey group, int number, int revision, LogEntry entry, string attempt)
    {
        var line = LogEntity.From(group, number, revision, entry);
        line.Attempt = attempt;
        return line;
    }

    /// <summary>
    /// After a refused write: whether it was this very write that got there first. When the storage's answer to a
    /// committed
    /// transaction is lost, the storage client sends it again and meets its own commit as a conflict; deciding again
    /// then would apply the change twice (a note written twice, an action created twice).
    /// </summary>
    private async Task<bool> IsOwnCommitAsync(
        GroupKey group,
        int number,
        int revision,
        string attempt,
        CancellationToken cancellationToken
    )
    {
        var line = await Plans.GetEntityIfExistsAsync<LogEntity>(
            PlanRows.PartitionOf(group),
            PlanRows.Log(number, revision),
            select: [nameof(LogEntity.Attempt)],
            cancellationToken: cancellationToken
        );
        return line.HasValue && line.Value!.Attempt == attempt;
    }

    private async Task<List<T>> QueryAsync<T>(string partition, string prefix, CancellationToken cancellationToken)
        where T : Entity, new()
    {
        return await Plans
            .QueryAsync<T>(PlanRows.RangeFilter(partition, prefix), cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken);
    }
}
