using System.Diagnostics;
using WorkingGroupBot.Benchmarks.Infrastructure;

namespace WorkingGroupBot.Benchmarks.Load;

/// <summary>
/// One measurement: <c>users</c> simulated people, each doing one turn after another for the warm-up and then the
/// measured time. Latency is from posting the activity to having read the bot's answer.
/// </summary>
public static class LoadCell
{
    /// <param name="turn">One turn of one user (0-based) at its n-th iteration; false when the bot's answer was wrong.</param>
    public static async Task<CellResult> RunAsync(
        string scenario, int users, TimeSpan warmUp, TimeSpan measured, StorageCounter storage, Func<TimeSpan> storageCpu, Func<int, int, Task<bool>> turn)
    {
        var iterations = new int[users];
        var errors = 0;

        // Warm-up: every user runs turns, then all start the measured part together, so that every measured turn
        // (and every storage request it makes) falls inside the measurement.
        await RunAllAsync(users, Stopwatch.GetTimestamp() + Ticks(warmUp), iterations, turn, null, () => Interlocked.Increment(ref errors));
        var before = storage.Snapshot();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var storageCpuBefore = storageCpu();
        var started = Stopwatch.GetTimestamp();
        var latencies = Enumerable.Range(0, users).Select(_ => new List<double>()).ToArray();
        await RunAllAsync(users, started + Ticks(measured), iterations, turn, latencies, () => Interlocked.Increment(ref errors));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var storageUsed = storage.Snapshot().Minus(before);
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var cpu = new CpuUse(Environment.CpuUsage.TotalTime - cpuBefore, storageCpu() - storageCpuBefore);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new CellResult(scenario, users, all.Length, elapsed, Percentiles.Of(all), errors, storageUsed, allocated, cpu);
    }

    private static Task RunAllAsync(int users, long until, int[] iterations, Func<int, int, Task<bool>> turn, List<double>[]? latencies, Action error) =>
        Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var began = Stopwatch.GetTimestamp();
                if (!await SafeAsync(() => turn(user, iterations[user]++)))
                {
                    error();
                }

                latencies?[user].Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            }
        })));

    private static long Ticks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);

    private static async Task<bool> SafeAsync(Func<Task<bool>> turn)
    {
        try
        {
            return await turn();
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

/// <summary>What one cell measured: turns in the measured time, their latency, and what they cost.</summary>
/// <param name="Cpu">CPU time of this process (host and load driver) and of Azurite, which other work on the machine skews far less than latency.</param>
public sealed record CellResult(string Scenario, int Users, int Turns, TimeSpan Elapsed, Percentiles Latency, int Errors, StorageSnapshot Storage, long AllocatedBytes, CpuUse Cpu)
{
    public double CpuMsPerTurn => Cpu.Process.TotalMilliseconds / Math.Max(1, Turns);

    public double StorageCpuMsPerTurn => Cpu.Storage.TotalMilliseconds / Math.Max(1, Turns);

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double StoragePerTurn => Storage.Requests / (double)Math.Max(1, Turns);

    public double AllocatedKbPerTurn => AllocatedBytes / 1024.0 / Math.Max(1, Turns);
}

public sealed record CpuUse(TimeSpan Process, TimeSpan Storage);

public sealed record Percentiles(double P50, double P95, double P99, double Max)
{
    /// <param name="sorted">Milliseconds, in ascending order.</param>
    public static Percentiles Of(double[] sorted) => sorted.Length == 0
        ? new Percentiles(double.NaN, double.NaN, double.NaN, double.NaN)
        : new Percentiles(At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted[^1]);

    /// <summary>Nearest rank.</summary>
    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
