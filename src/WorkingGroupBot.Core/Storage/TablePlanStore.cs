using System.Globalization;
using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Storage;

public sealed class TablePlanStore(TableStorage storage) : IPlanStore
{
    private TableClient Plans => storage.Plans;

    public async Task<Plan?> FindPlanAsync(GroupKey group, CancellationToken cancellationToken)
    {
        var partition = PlanRows.PartitionOf(group);
        var planRow = Plans.GetEntityIfExistsAsync<PlanEntity>(partition, PlanRows.Plan, cancellationToken: cancellationToken);
        var areas = QueryAsync<AreaEntity>(partition, PlanRows.AreaPrefix, cancellationToken);
        return (await planRow) is { HasValue: true } row
            ? new Plan((await areas).Select(a => a.ToArea()).OrderBy(a => a.Order).ToList(), row.Value!.NextNumber)
            : null;
    }

    public async Task<Plan> StartPlanAsync(GroupKey group, IReadOnlyList<Area> areas, CancellationToken cancellationToken)
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

    public async Task<IReadOnlyList<ActionItem>> ListActionsAsync(GroupKey group, CancellationToken cancellationToken) =>
        (await QueryAsync<ActionEntity>(PlanRows.PartitionOf(group), PlanRows.ActionPrefix, cancellationToken)).Select(e => e.ToAction()).ToList();

    public async Task<ActionItem?> FindActionAsync(GroupKey group, int number, CancellationToken cancellationToken)
    {
        var response = await Plans.GetEntityIfExistsAsync<ActionEntity>(PlanRows.PartitionOf(group), PlanRows.Action(number), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToAction() : null;
    }

    public async Task<IReadOnlyList<LogEntry>> ReadLogAsync(GroupKey group, int number, CancellationToken cancellationToken) =>
        (await QueryAsync<LogEntity>(PlanRows.PartitionOf(group), PlanRows.LogOf(number), cancellationToken)).Select(e => e.ToEntry()).ToList();

    public Task<ActionItem> CreateActionAsync(GroupKey group, Plan read, Func<int, ActionItem> create, LogEntry created, string? submission, BeforeCommit beforeCommit, CancellationToken cancellationToken)
    {
        var attempt = Guid.NewGuid().ToString("N");
        ActionItem? tried = null;
        var first = true;
        return Conflicts.RetryAsync(async () =>
        {
            if (tried is not null && await IsOwnCommitAsync(group, tried.Number, tried.Revision, attempt, cancellationToken))
            {
                return tried;
            }

            if (submission is not null && await SubmissionEntity.FindAsync(Plans, group, submission, cancellationToken) is { } done)
            {
                return (await FindActionAsync(group, int.Parse(done, CultureInfo.InvariantCulture), cancellationToken))!;
            }

            // The first attempt takes the number from the plan as the turn read it; after a conflict, as stored now.
            var number = first ? read.NextNumber : await NextNumberAsync(Plans, group, cancellationToken);
            first = false;
            var action = create(number) with { Revision = 1 };
            await beforeCommit(null, action);
            tried = action;
            List<TableTransactionAction> rows = [.. NewActionRows(group, action, created, attempt)];
            if (submission is not null)
            {
                rows.Add(SubmissionEntity.Add(group, submission, action.Number.ToString(CultureInfo.InvariantCulture)));
            }

            await Plans.SubmitTransactionAsync(rows, cancellationToken);
            return action;
        }, cancellationToken);
    }

    /// <summary>The next number as stored now (after a conflict, when the turn's read of the plan is stale).</summary>
    internal static async Task<int> NextNumberAsync(TableClient plans, GroupKey group, CancellationToken cancellationToken) =>
        (await plans.GetEntityAsync<PlanEntity>(PlanRows.PartitionOf(group), PlanRows.Plan, cancellationToken: cancellationToken)).Value.NextNumber;

    /// <summary>
    /// The rows that bring a new action into the plan. Adding the action row guards the number: it fails (409) if another
    /// create took the number since the plan was read, and the whole transaction with it. So the plan row's next number
    /// only ever moves past a stored action.
    /// </summary>
    internal static IEnumerable<TableTransactionAction> NewActionRows(GroupKey group, ActionItem action, LogEntry created, string attempt) =>
    [
        new(TableTransactionActionType.UpdateMerge, new TableEntity(PlanRows.PartitionOf(group), PlanRows.Plan) { [nameof(PlanEntity.NextNumber)] = action.Number + 1 }, ETag.All),
        new(TableTransactionActionType.Add, ActionEntity.From(group, action)),
        new(TableTransactionActionType.Add, LogLine(group, action.Number, action.Revision, created, attempt)),
    ];

    public Task<ActionEdit> UpdateActionAsync(GroupKey group, ActionItem read, Func<ActionItem, ActionEdit> decide, string? submission, BeforeCommit beforeCommit, CancellationToken cancellationToken)
    {
        var attempt = Guid.NewGuid().ToString("N");
        ActionEdit.Applied? tried = null;
        var number = read.Number;
        var first = true;
        return Conflicts.RetryAsync(async () =>
        {
            if (tried is not null && await IsOwnCommitAsync(group, number, tried.Action.Revision, attempt, cancellationToken))
            {
                return tried;
            }

            if (submission is not null && await SubmissionEntity.FindAsync(Plans, group, submission, cancellationToken) is { } done)
            {
                return await ReplayedAsync(group, done, cancellationToken);
            }

            // The first attempt decides on the action as the turn read it; after a conflict, on the action as stored now.
            var current = first ? read : await FindActionAsync(group, number, cancellationToken);
            first = false;
            if (current is null)
            {
                return ActionEdit.Refuse(TextKey.ActionNotFound);
            }

            var decision = decide(current);
            if (decision is not ActionEdit.Applied applied)
            {
                return decision;
            }

            var updated = applied.Action with { Number = number, Revision = current.Revision + 1 };
            await beforeCommit(current, updated);
            tried = new ActionEdit.Applied(updated, applied.Log);
            // The log line of the new revision guards the write instead of an ETag: every change of an action adds its
            // revision's line and no line is ever removed, so adding it fails (409) if anyone changed the action since
            // it was read, and the whole transaction with it.
            List<TableTransactionAction> rows =
            [
                new(TableTransactionActionType.UpdateReplace, ActionEntity.From(group, updated), ETag.All),
                new(TableTransactionActionType.Add, LogLine(group, number, updated.Revision, applied.Log, attempt)),
            ];
            if (submission is not null)
            {
                rows.Add(SubmissionEntity.Add(group, submission, $"{number}|{updated.Revision}"));
            }

            await Plans.SubmitTransactionAsync(rows, cancellationToken);
            return tried;
        }, cancellationToken);
    }

    /// <summary>What a change submitted before did: the action as stored now, with the log line that change wrote.</summary>
    private async Task<ActionEdit> ReplayedAsync(GroupKey group, string done, CancellationToken cancellationToken)
    {
        var parts = done.Split('|');
        var number = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var action = FindActionAsync(group, number, cancellationToken);
        var line = await Plans.GetEntityAsync<LogEntity>(PlanRows.PartitionOf(group), PlanRows.Log(number, int.Parse(parts[1], CultureInfo.InvariantCulture)), cancellationToken: cancellationToken);
        return await action is { } stored ? ActionEdit.Apply(stored, line.Value.ToEntry()) : ActionEdit.Refuse(TextKey.ActionNotFound);
    }

    private static LogEntity LogLine(GroupKey group, int number, int revision, LogEntry entry, string attempt)
    {
        var line = LogEntity.From(group, number, revision, entry);
        line.Attempt = attempt;
        return line;
    }

    /// <summary>
    /// After a conflict: whether it was this very write that got there first. When the storage's answer to a committed
    /// transaction is lost, the storage client sends it again and meets its own commit as a conflict; deciding again
    /// then would apply the change twice (a note written twice, an action created twice).
    /// </summary>
    private async Task<bool> IsOwnCommitAsync(GroupKey group, int number, int revision, string attempt, CancellationToken cancellationToken)
    {
        var line = await Plans.GetEntityIfExistsAsync<LogEntity>(
            PlanRows.PartitionOf(group), PlanRows.Log(number, revision), select: [nameof(LogEntity.Attempt)], cancellationToken: cancellationToken);
        return line.HasValue && line.Value!.Attempt == attempt;
    }

    private async Task<List<T>> QueryAsync<T>(string partition, string prefix, CancellationToken cancellationToken)
        where T : Entity, new()
    {
        var rows = new List<T>();
        await foreach (var row in Plans.QueryAsync<T>(PlanRows.RangeFilter(partition, prefix), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
