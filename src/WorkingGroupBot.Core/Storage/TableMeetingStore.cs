using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Storage;

public sealed class TableMeetingStore(TableStorage storage) : IMeetingStore
{
    private TableClient Plans => storage.Plans;

    public async Task<IReadOnlyList<MeetingSeries>> ListSeriesAsync(GroupKey group, CancellationToken cancellationToken)
    {
        var series = new List<MeetingSeries>();
        await foreach (
            var row in Plans.QueryAsync<MeetingRowEntity>(
                PlanRows.RangeFilter(PlanRows.PartitionOf(group), MeetingRowEntity.SeriesPrefix),
                cancellationToken: cancellationToken
            )
        )
        {
            series.Add(row.Value<MeetingSeries>());
        }

        return series;
    }

    public async Task<MeetingSeries?> FindSeriesAsync(
        GroupKey group,
        string seriesId,
        CancellationToken cancellationToken
    ) =>
        await FindRowAsync(group, MeetingRowEntity.SeriesRow(seriesId), cancellationToken) is { } row
            ? row.Value<MeetingSeries>()
            : null;

    public Task AddSeriesAsync(GroupKey group, MeetingSeries series, CancellationToken cancellationToken) =>
        Plans.AddEntityAsync(Row(group, MeetingRowEntity.SeriesRow(series.Id), series), cancellationToken);

    public Task<MeetingSeries?> UpdateSeriesAsync(
        GroupKey group,
        string seriesId,
        Func<MeetingSeries, MeetingSeries?> change,
        CancellationToken cancellationToken
    ) =>
        Conflicts.RetryAsync(
            async () =>
            {
                if (
                    await FindRowAsync(group, MeetingRowEntity.SeriesRow(seriesId), cancellationToken) is not { } row
                    || change(row.Value<MeetingSeries>()) is not { } changed
                )
                {
                    return null;
                }

                await Plans.UpdateEntityAsync(
                    Row(group, row.RowKey, changed),
                    row.ETag,
                    TableUpdateMode.Replace,
                    cancellationToken
                );
                return changed;
            },
            cancellationToken
        );

    public async Task<MeetingRecord> FindRecordAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        CancellationToken cancellationToken
    ) =>
        await FindRowAsync(group, MeetingRowEntity.RecordRow(seriesId, originalDate), cancellationToken) is { } row
            ? row.Value<MeetingRecord>()
            : MeetingRecord.Empty;

    public Task<MeetingRecord> UpdateRecordAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        Func<MeetingRecord, MeetingRecord> change,
        CancellationToken cancellationToken
    ) =>
        Conflicts.RetryAsync(
            async () =>
            {
                var key = MeetingRowEntity.RecordRow(seriesId, originalDate);
                var row = await FindRowAsync(group, key, cancellationToken);
                var changed = change(row is null ? MeetingRecord.Empty : row.Value<MeetingRecord>());
                if (row is null)
                {
                    await Plans.AddEntityAsync(Row(group, key, changed), cancellationToken);
                }
                else
                {
                    await Plans.UpdateEntityAsync(
                        Row(group, key, changed),
                        row.ETag,
                        TableUpdateMode.Replace,
                        cancellationToken
                    );
                }

                return changed;
            },
            cancellationToken
        );

    public async Task<DecisionsCommit> AddDecisionsAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        NewDecisions decisions,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        // Without a form's id (a card from before ids), this call's own id still tells a lost answer from a conflict.
        var attempt = Guid.NewGuid().ToString("N");
        var marker = submission ?? attempt;
        var key = MeetingRowEntity.RecordRow(seriesId, originalDate);
        var row = await FindRowAsync(group, key, cancellationToken);
        List<TableTransactionAction> rows = [];
        if (decisions.Action is { } action)
        {
            rows.AddRange(TablePlanStore.NewActionRows(group, action, decisions.Created, attempt));
        }

        var record = row is null ? MeetingRecord.Empty : row.Value<MeetingRecord>();
        var added = decisions.Texts.Select((text, i) => new Decision(text, i == 0 ? decisions.Action?.Number : null));
        var changed = record with { Decisions = [.. record.Decisions, .. added] };
        rows.Add(
            row is null
                ? new(TableTransactionActionType.Add, Row(group, key, changed))
                : new(TableTransactionActionType.UpdateReplace, Row(group, key, changed), row.ETag)
        );
        rows.Add(SubmissionEntity.Add(group, marker, Outcome(decisions.Action, attempt)));
        if (await Conflicts.TrySubmitAsync(Plans, rows, cancellationToken))
        {
            return new DecisionsCommit.Applied(changed);
        }

        // Refused: its own commit met again (the marker names this attempt), an earlier submission, or someone's
        // change.
        var done = SubmissionEntity.FindAsync(Plans, group, marker, cancellationToken);
        var next = TablePlanStore.NextNumberAsync(Plans, group, cancellationToken);
        await Task.WhenAll(done, next);
        if (await done is not { } result)
        {
            return new DecisionsCommit.Conflict(await next);
        }

        var now = await FindRecordAsync(group, seriesId, originalDate, cancellationToken);
        return result == Outcome(decisions.Action, attempt)
            ? new DecisionsCommit.Applied(now)
            : new DecisionsCommit.Replayed(now);
    }

    /// <summary>A decisions marker's result: the action created (if any) and the attempt that wrote it.</summary>
    private static string Outcome(ActionItem? action, string attempt) =>
        $"{action?.Number.ToString(CultureInfo.InvariantCulture) ?? ""}|{attempt}";

    private async Task<MeetingRowEntity?> FindRowAsync(
        GroupKey group,
        string rowKey,
        CancellationToken cancellationToken
    )
    {
        var found = await Plans.GetEntityIfExistsAsync<MeetingRowEntity>(
            PlanRows.PartitionOf(group),
            rowKey,
            cancellationToken: cancellationToken
        );
        return found.HasValue ? found.Value : null;
    }

    private static MeetingRowEntity Row<T>(GroupKey group, string rowKey, T value) =>
        new()
        {
            PartitionKey = PlanRows.PartitionOf(group),
            RowKey = rowKey,
            Json = JsonSerializer.Serialize(value),
        };
}
