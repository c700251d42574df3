using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Benchmarks.Load;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// The tab's dashboard API, <c>GET /api/tab/groups/{id}?lang=en</c>, asked one request after another (after a
/// warm-up) for a group of 100 and a group of 1,000 actions (20 members; every action with its first log line, all
/// written today, so all of them are recent changes). The groups are seeded before the host starts, so that it can be
/// started signed in as the group's chair (<c>--Tab:DevelopmentUser tenant/aadObjectId</c>, no token): the chair is
/// responsible for one action in 20, as a real chair would be. One host per group, on the same tables.
/// </summary>
public sealed class TabBenchmark(string connectionString, string tablePrefix, string serviceUrl, TimeProvider clock, Func<TimeSpan> storageCpu, int warmUp, int requests)
{
    public const int Members = 20;

    public static readonly int[] Sizes = [100, 1_000];

    public async Task<IReadOnlyList<TabResult>> RunAsync()
    {
        var tables = new TableStorage(TableStorage.Client(connectionString), Options.Create(new StorageOptions { TablePrefix = tablePrefix }));
        await tables.CreateTablesAsync(CancellationToken.None);
        var seeder = new Seeder(tables, serviceUrl, clock);
        var tenantId = Guid.NewGuid().ToString();
        var results = new List<TabResult>();
        foreach (var actions in Sizes)
        {
            var team = await seeder.GroupAsync(tenantId, $"19:tab{actions:D5}@thread.tacv2", Members, actions, due: 0, personalChats: false, CancellationToken.None);
            var rows = await RowsAsync(tables.Plans, new GroupKey(tenantId, team.TeamId));
            await using var host = await BenchHost.StartAsync(connectionString, tablePrefix, clock, ["--Tab:DevelopmentUser", $"{tenantId}/{team.Chair.AadObjectId}"]);
            var result = await MeasureAsync(host, team, actions, rows);
            Console.WriteLine($"  {actions,5:N0} actions: {result.AnswersPerSecond,5:0} answers/s p50 {result.Latency.P50,6:0.0} ms p95 {result.Latency.P95,6:0.0} ms, {result.StoragePerAnswer:0.#} storage requests per answer");
            results.Add(result);
        }

        return results;
    }

    private async Task<TabResult> MeasureAsync(BenchHost host, BenchTeam team, int actions, int rows)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(30) };
        var path = $"/api/tab/groups/{Uri.EscapeDataString(team.TeamId)}?lang=en";

        // The first answer must be the whole dashboard of the seeded group, or the figures measure an error page.
        var (status, body) = await GetAsync(http, path);
        Check(status, body, actions);
        for (var i = 1; i < warmUp; i++)
        {
            await GetAsync(http, path);
        }

        var before = host.Storage.Snapshot();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var storageCpuBefore = storageCpu();
        var latencies = new double[requests];
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < requests; i++)
        {
            var began = Stopwatch.GetTimestamp();
            (status, body) = await GetAsync(http, path);
            latencies[i] = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
            errors += status == 200 ? 0 : 1;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = new CpuUse(Environment.CpuUsage.TotalTime - cpuBefore, storageCpu() - storageCpuBefore);
        Array.Sort(latencies);
        return new TabResult(actions, rows, requests, elapsed, Percentiles.Of(latencies), errors, host.Storage.Snapshot().Minus(before), Encoding.UTF8.GetByteCount(body), cpu);
    }

    private static async Task<(int Status, string Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Fails the run unless the answer counts every action of the group and the chair's own.</summary>
    private static void Check(int status, string body, int actions)
    {
        if (status != 200)
        {
            throw new InvalidOperationException($"/api/tab/groups answered {status}: {body}");
        }

        var dashboard = JsonNode.Parse(body)!;
        var counted = dashboard["statuses"]!.AsArray().Sum(s => (int)s!["count"]!);
        var mine = dashboard["mine"]!.AsArray().Count;
        if (counted != actions || mine != actions / Members)
        {
            throw new InvalidOperationException($"The dashboard counts {counted} actions, {mine} of them the chair's; seeded {actions}, {actions / Members}.");
        }
    }

    /// <summary>All rows of the group's Plans partition (plan, area, members, actions, log lines).</summary>
    private static async Task<int> RowsAsync(TableClient plans, GroupKey key) =>
        await plans.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PlanRows.PartitionOf(key)}"), select: ["RowKey"]).CountAsync();
}

/// <summary>What the dashboard API measured for one group: answers one at a time, their latency, what they cost.</summary>
/// <param name="Rows">Rows in the group's Plans partition, which the dashboard's one query reads (almost) all of.</param>
/// <param name="AnswerBytes">The size of one answer: its JSON in UTF-8, uncompressed.</param>
public sealed record TabResult(int Actions, int Rows, int Requests, TimeSpan Elapsed, Percentiles Latency, int Errors, StorageSnapshot Storage, int AnswerBytes, CpuUse Cpu)
{
    public double AnswersPerSecond => Requests / Elapsed.TotalSeconds;

    public double StoragePerAnswer => Storage.Requests / (double)Math.Max(1, Requests);

    public double CpuMsPerAnswer => Cpu.Process.TotalMilliseconds / Math.Max(1, Requests);

    public double StorageCpuMsPerAnswer => Cpu.Storage.TotalMilliseconds / Math.Max(1, Requests);
}
