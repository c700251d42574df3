using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>
/// Counts every HTTP request the bot's TableServiceClient makes (retries included), by table and kind of operation,
/// with the time each took. Installed in the host through its own TableServiceClient; the bot's code is unchanged.
/// </summary>
public sealed class StorageCounter(string tablePrefix) : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, Tally> byOperation = new();

    public StorageSnapshot Snapshot() =>
        new(byOperation.ToDictionary(p => p.Key, p => (p.Value.Count, p.Value.Ticks)));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Record(message, started);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline);
        Record(message, started);
    }

    private void Record(HttpMessage message, long started)
    {
        var tally = byOperation.GetOrAdd(OperationOf(message.Request), _ => new Tally());
        Interlocked.Increment(ref tally.Count);
        Interlocked.Add(ref tally.Ticks, Stopwatch.GetTimestamp() - started);
    }

    /// <summary>"Plans get", "Plans query", "Reminders batch", …: the table without the run's prefix, and what was asked.</summary>
    private string OperationOf(Request request)
    {
        var path = Uri.UnescapeDataString(request.Uri.Path);
        var last = path[(path.LastIndexOf('/') + 1)..];
        if (last == "$batch")
        {
            return "batch";
        }

        var paren = last.IndexOf('(');
        var table = paren < 0 ? last : last[..paren];
        table = table.StartsWith(tablePrefix, StringComparison.Ordinal) ? table[tablePrefix.Length..] : table;
        var kind = (request.Method.ToString(), paren >= 0 && last.Contains("PartitionKey=", StringComparison.Ordinal)) switch
        {
            ("GET", true) => "get",
            ("GET", false) => "query",
            ("PUT", _) => "upsert",
            ("PATCH", _) or ("MERGE", _) => "merge",
            ("DELETE", _) => "delete",
            ("POST", _) => "insert",
            var (method, _) => method.ToLowerInvariant(),
        };
        return $"{table} {kind}";
    }

    private sealed class Tally
    {
        public long Count;
        public long Ticks;
    }
}

/// <summary>The counts at one moment; subtract two to get what happened in between.</summary>
public sealed record StorageSnapshot(IReadOnlyDictionary<string, (long Count, long Ticks)> ByOperation)
{
    public long Requests => ByOperation.Values.Sum(v => v.Count);

    public StorageSnapshot Minus(StorageSnapshot earlier) => new(ByOperation.ToDictionary(
        p => p.Key,
        p => earlier.ByOperation.TryGetValue(p.Key, out var e) ? (p.Value.Count - e.Count, p.Value.Ticks - e.Ticks) : p.Value));

    /// <summary>E.g. "Plans query 3 (4.1 ms), Members get 1 (1.0 ms)": requests per turn and their mean time, most first.</summary>
    public string PerTurn(int turns) => string.Join(", ", ByOperation
        .Where(p => p.Value.Count > 0)
        .OrderByDescending(p => p.Value.Count)
        .ThenBy(p => p.Key)
        .Select(p => $"{p.Key} {p.Value.Count / (double)Math.Max(1, turns):0.#} ({Stopwatch.GetElapsedTime(0, p.Value.Ticks / p.Value.Count).TotalMilliseconds:0.0} ms)"));
}
