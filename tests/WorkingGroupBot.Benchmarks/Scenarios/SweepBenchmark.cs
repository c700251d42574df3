using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// The reminder sweep with ever more actions in storage and the same number due: 1,000, then 10,000, then 100,000
/// actions in groups of 1,000 (20 members, 50 actions each), each time with 100 reminders due now, all in the group
/// added first at that size. (Groups of 1,000 because Azurite slows down with every partition that repeats a row key,
/// and every group's plan uses the same row keys: 1,000 groups of 100 would take the emulator many minutes to load.)
/// </summary>
public sealed class SweepBenchmark(BenchHost host, Connector connector, TimeProvider clock)
{
    public const int DuePerStage = 100;
    public const int ActionsPerGroup = 1_000;
    private const int MembersPerGroup = 20;
    private const int Repeats = 5;

    private readonly Seeder seeder = new(host.Services.GetRequiredService<TableStorage>(), connector.Url, clock);
    private readonly string tenantId = Guid.NewGuid().ToString();
    private int groups;

    /// <summary>The first group seeded: whose overview (and whose member's "my actions") is asked for at every size.</summary>
    public BenchTeam? FirstGroup { get; private set; }

    /// <summary>Adds groups until <paramref name="totalActions"/> actions are stored.</summary>
    /// <returns>How long seeding took.</returns>
    public async Task<TimeSpan> SeedAsync(int totalActions)
    {
        var watch = Stopwatch.StartNew();
        var target = totalActions / ActionsPerGroup;
        var first = groups;
        await Parallel.ForEachAsync(Enumerable.Range(first, target - first), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (g, ct) =>
        {
            var due = g == first ? DuePerStage : 0;
            var team = await seeder.GroupAsync(tenantId, GroupId(g), MembersPerGroup, ActionsPerGroup, due, personalChats: due > 0, ct);
            if (g == 0)
            {
                FirstGroup = team;
            }
        });
        groups = target;
        return watch.Elapsed;
    }

    /// <summary>The due-query alone and its controls, then one sweep that sends what is due.</summary>
    public async Task<SweepResultRow> MeasureAsync(int totalActions, TimeSpan seeding)
    {
        var store = host.Services.GetRequiredService<IReminderStore>();
        var found = 0;
        var findDue = await MedianAsync(async () =>
        {
            var now = clock.GetUtcNow();
            var due = await Task.WhenAll(Enumerable.Range(0, IReminderStore.Shards).Select(s => store.FindDueAsync(s, now, 500, CancellationToken.None)));
            found = due.Sum(d => d.Count);
        });
        var tables = host.Services.GetRequiredService<TableStorage>();
        var emptyShards = await MedianAsync(() => Task.WhenAll(Enumerable.Range(0, IReminderStore.Shards).Select(s =>
            CountAsync(tables.Reminders, $"PartitionKey eq 'due-none-{s}' and RowKey lt '{ReminderEntity.RowsDueBy(clock.GetUtcNow())}'"))));
        var oneRow = await MedianAsync(() => CountAsync(tables.Plans, PlanRows.RangeFilter(PlanRows.PartitionOf(new(tenantId, GroupId(0))), PlanRows.AreaPrefix)));

        var before = host.Storage.Snapshot();
        connector.ResetCounts();
        var watch = Stopwatch.StartNew();
        var result = await host.Services.GetRequiredService<ReminderDispatcher>().SweepAsync(CancellationToken.None);
        var sweep = watch.Elapsed;
        return new SweepResultRow(totalActions, seeding, findDue, found, emptyShards, oneRow, sweep, result, host.Storage.Snapshot().Minus(before), connector.Accepted);
    }

    private static async Task<TimeSpan> MedianAsync(Func<Task> query)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < Repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            await query();
            times.Add(watch.Elapsed);
        }

        return times.Order().ElementAt(Repeats / 2);
    }

    private static async Task<int> CountAsync(TableClient table, string filter)
    {
        var rows = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter))
        {
            rows++;
        }

        return rows;
    }

    private static string GroupId(int g) => $"19:g{g:D5}@thread.tacv2";
}

/// <param name="EmptyShards">
/// Control: the same eight queries on shards that hold nothing. Azurite answers a query by scanning the whole table,
/// so this is what the emulator adds; Azure Table Storage serves a partition range from its index.
/// </param>
/// <param name="OneRowQuery">Control: one group's areas (one row), a query the sweep makes for every reminder.</param>
public sealed record SweepResultRow(
    int Actions, TimeSpan Seeding, TimeSpan FindDue, int FoundDue, TimeSpan EmptyShards, TimeSpan OneRowQuery, TimeSpan Sweep,
    SweepResult Result, StorageSnapshot Storage, int Accepted);
