using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace WorkingGroupBot.Storage;

/// <summary>The bot's tables in one storage account (Azure Storage, Cosmos DB for Table, or Azurite).</summary>
public sealed class TableStorage(TableServiceClient service, IOptions<StorageOptions> options)
{
    public TableClient Groups { get; } = service.GetTableClient(options.Value.TablePrefix + "Groups");
    public TableClient People { get; } = service.GetTableClient(options.Value.TablePrefix + "People");
    public TableClient Plans { get; } = service.GetTableClient(options.Value.TablePrefix + "Plans");
    public TableClient Links { get; } = service.GetTableClient(options.Value.TablePrefix + "Links");
    public TableClient Reminders { get; } = service.GetTableClient(options.Value.TablePrefix + "Reminders");
    public TableClient RosterSyncs { get; } = service.GetTableClient(options.Value.TablePrefix + "RosterSyncs");

    private IEnumerable<TableClient> All => [Groups, People, Plans, Links, Reminders, RosterSyncs];

    /// <summary>
    /// Retries sized for a turn: Teams waits 15 s for an answer, and the SDK's defaults (3 retries from 0.8 s up, a
    /// 100 s timeout per try) make a person wait 6 s for "try again" while storage refuses, and minutes while it hangs.
    /// Here a refused call gives up after about 0.6 s and a hung one after about 10 s (3 tries of 3 s); two quick
    /// retries still ride out a blip or a lost answer (measured in docs/performance.md).
    /// </summary>
    /// <summary>
    /// The table service: a connection string (Azurite, or a key where one is wanted), or the endpoint URI of an
    /// account reached with Entra ID — the app's managed identity in Azure (<c>AZURE_CLIENT_ID</c> names it), a
    /// developer's Azure CLI login elsewhere — so the account needs no shared keys.
    /// </summary>
    public static TableServiceClient Client(string tables) =>
        Uri.TryCreate(tables, UriKind.Absolute, out var endpoint) && endpoint.Scheme == Uri.UriSchemeHttps
            ? new TableServiceClient(endpoint, new DefaultAzureCredential(), ClientOptions())
            : new TableServiceClient(tables, ClientOptions());

    public static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        options.AddPolicy(new StorageTiming(), HttpPipelinePosition.PerRetry);
        return options;
    }

    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        await LegacyMembers.MoveAsync(
            service.GetTableClient(options.Value.TablePrefix + "Members"),
            Plans,
            cancellationToken
        );
    }

    /// <summary>One cheap read that fails when the storage does not answer.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await foreach (
            var _ in Groups
                .QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken)
                .AsPages(pageSizeHint: 1)
        )
        {
            return;
        }
    }
}
