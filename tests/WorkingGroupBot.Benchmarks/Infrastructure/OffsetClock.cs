using System.Diagnostics;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>
/// Real time that starts at a fixed instant, so "today" and "due" are the same in every run while timers and delays
/// (retry backoff, Retry-After) take as long as they do in production.
/// </summary>
public sealed class OffsetClock(DateTimeOffset start) : TimeProvider
{
    private readonly long origin = Stopwatch.GetTimestamp();

    /// <summary>Monday 2 March 2026, 10:00 in Riga: before 09:00 reminders of the day were due, the working day has begun.</summary>
    public static OffsetClock Monday() => new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(origin);
}
