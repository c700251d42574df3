using System.Collections.Concurrent;
using System.Diagnostics;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>How a turn ended for the person who sent it.</summary>
public enum TurnOutcome
{
    /// <summary>The bot did what was asked, or said clearly why not (a refusal card or text of the domain).</summary>
    Answered,

    /// <summary>The turn error handler's "something went wrong … try again" message.</summary>
    TryAgain,

    /// <summary>Anything else: no answer, an HTTP error, an empty invoke body.</summary>
    Other,
}

/// <summary>One request a simulated user sent to /api/messages, and what came of it.</summary>
public sealed record TurnRecord(string User, string Kind, TimeSpan StartedAt, TimeSpan Took, int HttpStatus, TurnOutcome Outcome, string Detail);

/// <summary>Every turn of a load run, on one stopwatch, so a test can split them by phase (before, during, after an outage).</summary>
public sealed class TurnLog
{
    private readonly ConcurrentQueue<TurnRecord> turns = new();

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public IReadOnlyList<TurnRecord> Turns => [.. turns.OrderBy(t => t.StartedAt)];

    public void Add(TurnRecord turn) => turns.Enqueue(turn);

    public IReadOnlyList<TurnRecord> Between(TimeSpan from, TimeSpan to) => Turns.Where(t => t.StartedAt >= from && t.StartedAt < to).ToList();

    public static string Summary(IReadOnlyCollection<TurnRecord> turns)
    {
        if (turns.Count == 0)
        {
            return "0 turns";
        }

        var took = turns.Select(t => t.Took.TotalMilliseconds).Order().ToList();
        var outcomes = string.Join(", ", turns.GroupBy(t => t.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        var statuses = string.Join(", ", turns.GroupBy(t => t.HttpStatus).OrderBy(g => g.Key).Select(g => $"HTTP {g.Key}: {g.Count()}"));
        return $"{turns.Count} turns ({outcomes}; {statuses}); took p50 {Percentile(took, 0.5):F0} ms, p95 {Percentile(took, 0.95):F0} ms, max {took[^1]:F0} ms";
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
