using System.Text.Json;
using Azure.Data.Tables;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>
/// Every row of the bot's tables (all tables with the prefix, so tables added later are covered too) that a filter
/// picks, as text: table, keys and every property but the timestamp and ETag, sorted. Two snapshots are equal when
/// nothing was written, deleted or added there.
/// </summary>
public static class StorageSnapshot
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString, string tablePrefix, Func<string, TableEntity, bool> include)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            if (!table.Name.StartsWith(tablePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = table.Name[tablePrefix.Length..];
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                if (include(name, row))
                {
                    var properties = row.Where(p => p.Key is not ("Timestamp" or "odata.etag")).OrderBy(p => p.Key, StringComparer.Ordinal)
                        .ToDictionary(p => p.Key, p => p.Value?.ToString());
                    rows.Add($"{name} | {row.PartitionKey} | {row.RowKey} | {JsonSerializer.Serialize(properties)}");
                }
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
