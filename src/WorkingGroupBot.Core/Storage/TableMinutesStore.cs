using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Minutes as rows "minutes|series|yyyyMMdd|rev" of the group's Plans partition, one per revision. The JSON is split
/// over as many string properties as it needs (a property holds at most 32K characters, a row 1 MB).
/// </summary>
public sealed class TableMinutesStore(TableStorage storage) : IMinutesStore
{
    public const string Prefix = "minutes|";
    private const int PartLength = 30_000;
    private const int MaxParts = 12;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private TableClient Plans => storage.Plans;

    public Task<IReadOnlyList<Minutes>> ListAsync(GroupKey group, CancellationToken cancellationToken) =>
        ReadAllAsync(group, Prefix, cancellationToken);

    public Task<IReadOnlyList<Minutes>> RevisionsAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        CancellationToken cancellationToken
    ) => ReadAllAsync(group, MeetingOf(seriesId, originalDate), cancellationToken);

    public async Task<Minutes?> FindAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        CancellationToken cancellationToken
    ) => await LatestAsync(group, seriesId, originalDate, cancellationToken) is { } row ? Read(row) : null;

    public Task<Minutes?> UpdateAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        Func<Minutes?, Minutes?> change,
        CancellationToken cancellationToken
    ) =>
        Conflicts.RetryAsync(
            async () =>
            {
                var row = await LatestAsync(group, seriesId, originalDate, cancellationToken);
                var latest = row is null ? null : Read(row);
                if (change(latest) is not { } changed)
                {
                    return null;
                }

                var entity = Write(group, changed);
                if (latest is not null && changed.Revision == latest.Revision)
                {
                    await Plans.UpdateEntityAsync(entity, row!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else if (changed.Revision == (latest?.Revision ?? 0) + 1)
                {
                    // Added beside the latest: a second chair adding the same revision meanwhile is a conflict.
                    await Plans.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    throw new InvalidOperationException("Minutes change the latest revision or add the next one.");
                }

                return changed;
            },
            cancellationToken
        );

    public static string RowOf(string seriesId, DateOnly originalDate, int revision) =>
        $"{MeetingOf(seriesId, originalDate)}{revision:D3}";

    private static string MeetingOf(string seriesId, DateOnly originalDate) =>
        $"{Prefix}{TableKey.Of(seriesId)}|{originalDate:yyyyMMdd}|";

    private async Task<TableEntity?> LatestAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        CancellationToken cancellationToken
    )
    {
        TableEntity? latest = null;
        await foreach (var row in QueryAsync(group, MeetingOf(seriesId, originalDate), cancellationToken))
        {
            latest = row;
        }

        return latest;
    }

    private async Task<IReadOnlyList<Minutes>> ReadAllAsync(
        GroupKey group,
        string prefix,
        CancellationToken cancellationToken
    )
    {
        var all = new List<Minutes>();
        await foreach (var row in QueryAsync(group, prefix, cancellationToken))
        {
            all.Add(Read(row));
        }

        return all;
    }

    private IAsyncEnumerable<TableEntity> QueryAsync(
        GroupKey group,
        string prefix,
        CancellationToken cancellationToken
    ) =>
        Plans.QueryAsync<TableEntity>(
            PlanRows.RangeFilter(PlanRows.PartitionOf(group), prefix),
            cancellationToken: cancellationToken
        );

    /// <summary>The minutes of a row as <see cref="Write"/> stored them.</summary>
    public static Minutes Read(TableEntity row)
    {
        var json = string.Concat(
            Enumerable.Range(0, MaxParts).Select(i => row.GetString("Json" + i)).TakeWhile(part => part is not null)
        );
        return JsonSerializer.Deserialize<Minutes>(json, Json)
            ?? throw new InvalidDataException($"Unreadable minutes {row.RowKey}");
    }

    private static TableEntity Write(GroupKey group, Minutes minutes)
    {
        var json = JsonSerializer.Serialize(minutes, Json);
        var entity = new TableEntity(
            PlanRows.PartitionOf(group),
            RowOf(minutes.SeriesId, minutes.OriginalDate, minutes.Revision)
        );
        var parts = json.Chunk(PartLength).Select(c => new string(c)).ToList();
        if (parts.Count > MaxParts)
        {
            throw new InvalidDataException("Minutes too long to store.");
        }

        for (var i = 0; i < parts.Count; i++)
        {
            entity["Json" + i] = parts[i];
        }

        return entity;
    }
}
