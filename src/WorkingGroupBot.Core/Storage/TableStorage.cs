using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace WorkingGroupBot.Storage;

/// <summary>The bot's tables in one storage account (Azure Storage, Cosmos DB for Table, or Azurite).</summary>
public sealed class TableStorage(TableServiceClient service, IOptions<StorageOptions> options)
{
    public TableClient Groups { get; } = service.GetTableClient(options.Value.TablePrefix + "Groups");
    public TableClient Members { get; } = service.GetTableClient(options.Value.TablePrefix + "Members");
    public TableClient People { get; } = service.GetTableClient(options.Value.TablePrefix + "People");
    public TableClient Plans { get; } = service.GetTableClient(options.Value.TablePrefix + "Plans");
    public TableClient Links { get; } = service.GetTableClient(options.Value.TablePrefix + "Links");
    public TableClient Reminders { get; } = service.GetTableClient(options.Value.TablePrefix + "Reminders");

    private IEnumerable<TableClient> All => [Groups, Members, People, Plans, Links, Reminders];

    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }

    /// <summary>One cheap read that fails when the storage does not answer.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in Groups.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            return;
        }
    }
}
