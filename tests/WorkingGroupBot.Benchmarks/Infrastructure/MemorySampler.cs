using System.Diagnostics;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>The highest working set and GC heap of this process while it runs (sampled every 10 ms).</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peakWorkingSet;
    private long peakHeap;

    public MemorySampler() => sampling = Task.Run(SampleAsync);

    public long PeakWorkingSetBytes => Interlocked.Read(ref peakWorkingSet);

    public long PeakHeapBytes => Interlocked.Read(ref peakHeap);

    /// <summary>What stays on the GC heap after a full collection: what the host keeps, not what it passes through.</summary>
    public static long RetainedHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        while (!stop.IsCancellationRequested)
        {
            process.Refresh();
            Raise(ref peakWorkingSet, process.WorkingSet64);
            Raise(ref peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            try
            {
                await Task.Delay(10, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static void Raise(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }
}
