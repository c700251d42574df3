using System.Diagnostics;

namespace WorkingGroupBot.Plans;

/// <summary>
/// How long a change keeps trying while other writers change the same rows first, and how long it waits between tries.
/// </summary>
/// <remarks>
/// Every conflict is another writer's success, so contention alone must never make a change fail: instead of a fixed
/// number of attempts (a create among forty at once lost eight times in a row), a change keeps trying for a time budget
/// well inside Teams' 15 s turn, backing off exponentially with full jitter so that the writers spread out.
/// </remarks>
public sealed class Contention
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private const int FirstBackoffMs = 10;
    private const int MaxBackoffMs = 200;

    private readonly long started = Stopwatch.GetTimestamp();
    private int conflicts;

    public bool Spent => Stopwatch.GetElapsedTime(started) >= Budget;

    /// <summary>Waits before the next try; once the budget is spent, fails the change instead.</summary>
    public Task BackOffAsync(CancellationToken cancellationToken)
    {
        if (Spent)
        {
            throw new TimeoutException($"Others kept changing the same rows first for {Budget.TotalSeconds:F0} s.");
        }

        var ceiling = Math.Min(MaxBackoffMs, FirstBackoffMs << Math.Min(conflicts++, 5));
        return Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, ceiling + 1)), cancellationToken);
    }
}
