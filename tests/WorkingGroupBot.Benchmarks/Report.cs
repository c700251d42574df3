using System.Globalization;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Benchmarks.Load;
using WorkingGroupBot.Benchmarks.Micro;
using WorkingGroupBot.Benchmarks.Scenarios;

namespace WorkingGroupBot.Benchmarks;

/// <summary>Prints the results as Markdown tables, ready to paste into docs/performance.md.</summary>
public static class Report
{
    public static void Turns(IReadOnlyList<(CellResult Echo, CellResult Bot)> cells)
    {
        if (cells.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("### 1. Turns: the bot beside a bare echo through the same CloudAdapter");
        Console.WriteLine();
        Row("turn", "users", "turns/s", "p50 ms", "p95 ms", "p99 ms", "echo turns/s", "echo p50 ms", "echo p99 ms", "p50 × echo",
            "storage req/turn", "CPU ms/turn (echo)", "Azurite CPU ms/turn", "alloc KB/turn (echo)", "errors");
        Row("---", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:");
        foreach (var (echo, bot) in cells)
        {
            Row(bot.Scenario, bot.Users.ToString(), F(bot.TurnsPerSecond, "0"), F(bot.Latency.P50), F(bot.Latency.P95), F(bot.Latency.P99),
                F(echo.TurnsPerSecond, "0"), F(echo.Latency.P50), F(echo.Latency.P99), F(bot.Latency.P50 / echo.Latency.P50, "0.0"),
                F(bot.StoragePerTurn, "0.0"), $"{F(bot.CpuMsPerTurn)} ({F(echo.CpuMsPerTurn)})", F(bot.StorageCpuMsPerTurn),
                $"{F(bot.AllocatedKbPerTurn, "0")} ({F(echo.AllocatedKbPerTurn, "0")})",
                (bot.Errors + echo.Errors).ToString());
        }

        Console.WriteLine();
        Console.WriteLine("Storage requests per turn, by table and kind (1 user):");
        foreach (var (_, bot) in cells.Where(c => c.Bot.Users == 1))
        {
            Console.WriteLine($"- {bot.Scenario}: {bot.Storage.PerTurn(bot.Turns)}");
        }
    }

    public static void Sweeps(IReadOnlyList<SweepResultRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"### 2. Reminder sweep: {SweepBenchmark.DuePerStage} due, ever more in storage");
        Console.WriteLine();
        Row("actions stored", "due found", "find due (8 shard queries)", "× at 1,000", "control: same 8 queries on empty shards", "sweep: find + send", "× at 1,000", "sent",
            "storage req", "req/reminder", "control: 1-row Plans query", "seeding");
        Row("--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:");
        var first = rows[0];
        foreach (var r in rows)
        {
            Row(r.Actions.ToString("N0", CultureInfo.InvariantCulture), r.FoundDue.ToString(), Ms(r.FindDue), F(r.FindDue / first.FindDue, "0.0"), Ms(r.EmptyShards),
                Ms(r.Sweep), F(r.Sweep / first.Sweep, "0.0"), r.Result.Sent.ToString(), r.Storage.Requests.ToString(),
                F(r.Storage.Requests / (double)Math.Max(1, r.Result.Found), "0.0"), Ms(r.OneRowQuery), $"{r.Seeding.TotalSeconds:0} s");
        }

        Console.WriteLine();
        Console.WriteLine($"Storage requests per reminder sent ({rows[^1].Actions:N0} stored): {rows[^1].Storage.PerTurn(rows[^1].Result.Found)}");
    }

    public static void Throttle(ThrottleResult? t)
    {
        if (t is null)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("### 3. Proactive sends against a connector enforcing Teams' limits (one tenant: 30/s)");
        Console.WriteLine();
        Row("reminders due", "members", "sent", "failed (retried later)", "sweeps", "429s answered", "time", "sends/s", "of the 30/s limit", "sends/s with no limits");
        Row("--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:");
        Row(t.Due.ToString(), ThrottleBenchmark.Members.ToString(), t.Sent.ToString(), t.Failed.ToString(), t.Sweeps.ToString(), t.Throttled.ToString(),
            $"{t.Elapsed.TotalSeconds:0.0} s", F(t.SendsPerSecond, "0.0"), F(t.OfLimit, "0.00"), F(t.UnlimitedPerSecond, "0.0"));
    }

    public static void Memory(IReadOnlyList<MemoryRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("### 4. Memory of the process (host + load driver, one process) during the sweep and overviews");
        Console.WriteLine();
        Row("actions stored", "overview of", "overview p50 ms", "my actions (50) p50 ms", "peak working set", "peak GC heap", "GC heap after full GC", "Azurite RSS");
        Row("--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:");
        foreach (var r in rows)
        {
            Row(r.Actions.ToString("N0", CultureInfo.InvariantCulture), $"{r.OverviewActions:N0} actions", F(r.OverviewP50), F(r.MyActionsP50),
                Mb(r.PeakWorkingSet), Mb(r.PeakHeap), Mb(r.RetainedHeap), Mb(r.AzuriteWorkingSet));
        }
    }

    public static void Micro(IReadOnlyList<MicroResult> results)
    {
        if (results.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("### 5. CPU work of a turn besides storage (BenchmarkDotNet, in-process, short job)");
        Console.WriteLine();
        Row("what", "mean µs", "allocated KB");
        Row("---", "--:", "--:");
        foreach (var m in results)
        {
            Row(m.Name.Trim('\''), F(m.Microseconds), F(m.AllocatedKb));
        }
    }

    public static void Tab(IReadOnlyList<TabResult> results)
    {
        if (results.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("### 6. Tab dashboard API: GET /api/tab/groups/{id} as the group's chair, one request at a time");
        Console.WriteLine();
        Row("actions in group", "Plans rows", "requests", "answers/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "storage req/answer", "CPU ms/answer",
            "Azurite CPU ms/answer", "answer KB", "errors");
        Row("--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:", "--:");
        foreach (var r in results)
        {
            Row(r.Actions.ToString("N0", CultureInfo.InvariantCulture), r.Rows.ToString("N0", CultureInfo.InvariantCulture), r.Requests.ToString(),
                F(r.AnswersPerSecond, "0"), F(r.Latency.P50), F(r.Latency.P95), F(r.Latency.P99), F(r.Latency.Max), F(r.StoragePerAnswer, "0.0"),
                F(r.CpuMsPerAnswer), F(r.StorageCpuMsPerAnswer), F(r.AnswerBytes / 1024.0, "0"), r.Errors.ToString());
        }

        Console.WriteLine();
        Console.WriteLine("Storage requests per answer, by table and kind (a query of more than 1,000 rows is one request per page of 1,000):");
        foreach (var r in results)
        {
            Console.WriteLine($"- {r.Actions:N0} actions: {r.Storage.PerTurn(r.Requests)}");
        }
    }

    private static void Row(params string[] cells) => Console.WriteLine("| " + string.Join(" | ", cells) + " |");

    private static string F(double value, string format = "0.0") => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan time) => F(time.TotalMilliseconds, time.TotalMilliseconds < 100 ? "0.0" : "0") + " ms";

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024:0} MB";
}

public sealed record MemoryRow(int Actions, int OverviewActions, double OverviewP50, double MyActionsP50, long PeakWorkingSet, long PeakHeap, long RetainedHeap, long AzuriteWorkingSet);
