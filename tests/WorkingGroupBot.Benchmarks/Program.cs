using System.Diagnostics;
using WorkingGroupBot.Benchmarks;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Benchmarks.Load;
using WorkingGroupBot.Benchmarks.Micro;
using WorkingGroupBot.Benchmarks.Scenarios;

// The whole benchmark: turns and throttled proactive sends, the tab's dashboard API, card building, then the reminder
// sweep and memory with ever more data. Options: --quick (short cells, fewer tab requests, sweep up to 10,000 actions:
// a smoke run of the benchmark itself); --only turns|throttle|tab|micro|sweep (one part).
var quick = args.Contains("--quick");
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
bool Runs(string part) => only is null || only == part;
var warmUp = TimeSpan.FromSeconds(quick ? 0.5 : 1);
var measured = TimeSpan.FromSeconds(quick ? 1.5 : 4);
int[] concurrency = [1, 16, 64];
int[] sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
var total = Stopwatch.StartNew();
void Phase(string what) => Console.WriteLine($"[{total.Elapsed.TotalSeconds,4:0} s] {what}");

Console.WriteLine($"WorkingGroupBot benchmark, {DateTime.Now:yyyy-MM-dd HH:mm}");
Console.WriteLine($"Machine: {Machine.Describe()}");
Console.WriteLine($"Load average before: {Machine.LoadAverage()} (other work on the machine skews every figure)");
using var azurite = Azurite.Start(RepositoryRoot());
await using var connector = await Connector.StartAsync();
var clock = OffsetClock.Monday();
Phase($"Azurite (in memory) on port {azurite.Port}, connector at {connector.Url}");

// 1 and 3: turns and throttled sends, on small tables of their own.
IReadOnlyList<(CellResult Echo, CellResult Bot)> turns = [];
ThrottleResult? throttle = null;
if (Runs("turns") || Runs("throttle"))
{
    await using var host = await BenchHost.StartAsync(azurite.ConnectionString, "bt" + Suffix(), clock);
    using var client = new TeamsClient(host.Url);
    if (Runs("turns"))
    {
        Phase($"Setting up {concurrency.Max()} teams, each with a chair responsible for {TurnWorld.ActionsPerUser} actions");
        var world = await TurnWorld.SetUpAsync(host, connector, client, concurrency.Max(), clock);
        Phase("Turns");
        turns = await new TurnBenchmark(host, client, world, azurite.CpuTime, warmUp, measured).RunAsync(concurrency);
    }

    if (Runs("throttle"))
    {
        Phase("Proactive sends under Teams' limits");
        throttle = await new ThrottleBenchmark(host, connector, clock).RunAsync();
    }
}

// 6: the tab's dashboard API for a group of 100 and of 1,000 actions, one request at a time, in tables of its own.
IReadOnlyList<TabResult> tab = [];
if (Runs("tab"))
{
    Phase($"Tab dashboard API, groups of {string.Join(" and ", TabBenchmark.Sizes.Select(s => s.ToString("N0")))} actions");
    tab = await new TabBenchmark(azurite.ConnectionString, "bd" + Suffix(), connector.Url, clock, azurite.CpuTime, quick ? 10 : 50, quick ? 100 : 1_000).RunAsync();
}

IReadOnlyList<MicroResult> micro = [];
if (Runs("micro"))
{
    Phase("Card building and serialization (BenchmarkDotNet)");
    micro = MicroRun.Run(Path.Combine(Path.GetTempPath(), "wgb-benchmarkdotnet"));
}

// 2 and 4: the sweep and memory with 1,000 / 10,000 / 100,000 actions, in tables of their own.
var sweeps = new List<SweepResultRow>();
var memory = new List<MemoryRow>();
if (Runs("sweep"))
{
    await using var host = await BenchHost.StartAsync(azurite.ConnectionString, "bs" + Suffix(), clock);
    using var client = new TeamsClient(host.Url);
    var sweep = new SweepBenchmark(host, connector, clock);
    foreach (var actions in sizes)
    {
        Phase($"Seeding up to {actions:N0} actions");
        var seeding = await sweep.SeedAsync(actions);
        Phase($"Sweep with {actions:N0} actions stored");
        MemorySampler.RetainedHeapBytes();
        await using var sampler = new MemorySampler();
        sweeps.Add(await sweep.MeasureAsync(actions, seeding));
        var (overview, mine) = await MemoryProbe.AskAsync(client, sweep.FirstGroup!);
        memory.Add(new MemoryRow(actions, SweepBenchmark.ActionsPerGroup, overview, mine, sampler.PeakWorkingSetBytes, sampler.PeakHeapBytes,
            MemorySampler.RetainedHeapBytes(), azurite.WorkingSetBytes()));
    }
}

Phase("Done");
Report.Turns(turns);
Report.Sweeps(sweeps);
Report.Throttle(throttle);
Report.Memory(memory);
Report.Micro(micro);
Report.Tab(tab);
Console.WriteLine();
Console.WriteLine($"Load average after: {Machine.LoadAverage()}. Whole run: {total.Elapsed.TotalSeconds:0} s.");
return 0;

static string Suffix() => Guid.NewGuid().ToString("N")[..8];

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "WorkingGroupBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository: WorkingGroupBot.sln not found above " + AppContext.BaseDirectory);
}
