using Microsoft.Extensions.Time.Testing;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// A fake clock that knows how many of its timers are still waiting (made, and neither fired nor disposed), so a test
/// moves it on only while something waits on it, and can tell when a timer it fired has been acted on.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int waiting;

    /// <summary>Timers made on this clock that have neither fired nor been disposed.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new WaitingTimer(this);
        tracked.Inner = base.CreateTimer(s => { tracked.Stop(); callback(s); }, state, dueTime, period);
        return tracked;
    }

    /// <summary>Counts as waiting until it first fires or is disposed (a timer's later periods are not counted).</summary>
    private sealed class WaitingTimer : ITimer
    {
        private readonly TestClock clock;
        private int stopped;

        public WaitingTimer(TestClock clock)
        {
            this.clock = clock;
            Interlocked.Increment(ref clock.waiting);
        }

        public ITimer Inner { get; set; } = null!;

        public void Stop()
        {
            if (Interlocked.Exchange(ref stopped, 1) == 0)
            {
                Interlocked.Decrement(ref clock.waiting);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => Inner.Change(dueTime, period);

        public void Dispose()
        {
            Stop();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Stop();
            return Inner.DisposeAsync();
        }
    }
}
