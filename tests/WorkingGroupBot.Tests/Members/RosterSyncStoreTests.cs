using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Members;

/// <summary>The roster sync store against Azurite, with a race made to happen at the exact moment.</summary>
public sealed class RosterSyncStoreTests
{
    [Fact]
    public async Task A_request_just_as_the_running_sync_finishes_starts_a_new_one_instead_of_failing_the_turn()
    {
        var options = Options.Create(new StorageOptions { TablePrefix = ReminderFixture.NewTablePrefix() });
        var plain = new TableStorage(new TableServiceClient(Azurite.Shared.ConnectionString), options);
        var finishing = new FinishBeforeNextUpdate(plain.RosterSyncs);
        var clientOptions = TableStorage.ClientOptions();
        clientOptions.AddPolicy(finishing, HttpPipelinePosition.PerCall);
        var storage = new TableStorage(new TableServiceClient(Azurite.Shared.ConnectionString, clientOptions), options);
        await storage.CreateTablesAsync(default);
        var store = new TableRosterSyncStore(storage);
        var group = new GroupKey("tenant", "team");
        var running = await store.RequestAsync(group, default);

        finishing.Armed = true;
        var requested = await store.RequestAsync(group, default);

        Assert.NotEqual(running.Generation, requested.Generation);
        Assert.Equal(requested.Generation, Assert.Single(await store.FindDueAsync(DateTimeOffset.UtcNow, default)).Generation);
    }

    /// <summary>The running sync deletes its finished job between the request's read and its conditional write.</summary>
    private sealed class FinishBeforeNextUpdate(TableClient jobs) : HttpPipelinePolicy
    {
        public volatile bool Armed;

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (Armed && message.Request.Method == RequestMethod.Put && message.Request.Headers.Contains("If-Match"))
            {
                Armed = false;
                await jobs.DeleteEntityAsync(RosterSyncEntity.Partition, RosterSyncEntity.RowOf(new("tenant", "team")));
            }

            await ProcessNextAsync(message, pipeline);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();
    }
}
