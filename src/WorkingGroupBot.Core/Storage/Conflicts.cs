using System.Diagnostics;
using Azure;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Optimistic concurrency: read, decide, write on a condition (the ETag, or a row that must not exist yet); when someone
/// else wrote first, read again.
/// </summary>
/// <remarks>
/// Every conflict is another writer's success, so contention alone must never make a change fail: instead of a fixed
/// number of attempts (a create among forty at once lost eight times in a row), a change keeps trying for a time budget
/// well inside Teams' 15 s turn, backing off exponentially with full jitter so that the writers spread out.
/// </remarks>
public static class Conflicts
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private const int FirstBackoffMs = 10;
    private const int MaxBackoffMs = 200;

    public static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412;

    /// <summary>A conflict, or the row written on a condition was deleted since it was read (404).</summary>
    public static bool IsRace(RequestFailedException e) => IsConflict(e) || e.Status == 404;

    /// <param name="alsoWhenDeleted">Also try again when the row written on a condition was deleted since the attempt
    /// read it (a 404): for rows that others remove, not only change.</param>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken, bool alsoWhenDeleted = false)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (RequestFailedException e) when ((alsoWhenDeleted ? IsRace(e) : IsConflict(e)) && Stopwatch.GetElapsedTime(started) < Budget)
            {
                var ceiling = Math.Min(MaxBackoffMs, FirstBackoffMs << Math.Min(i, 5));
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, ceiling + 1)), cancellationToken);
            }
        }
    }
}
