using WorkingGroupBot.Teams;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Teams;

/// <summary>
/// Teams' limits, with the limiter's 100 ms margin on every window: per tenant 30 in any 1.1 s; per conversation 7 in
/// any 1.1 s, 8 in any 2.1 s, 60 in any 30.1 s, 1,800 in any hour. On a fake clock, so each boundary is checked to
/// the millisecond.
/// </summary>
public sealed class SendRateLimiterTests
{
    private readonly TestClock clock = new(DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_tenant_gets_thirty_sends_at_once_and_the_thirty_first_when_the_first_has_left_its_window()
    {
        var limiter = new SendRateLimiter(clock);

        var sends = Enumerable.Range(0, 31).Select(i => limiter.WaitAsync("tenant", "conversation-" + i, default)).ToList();
        await Task.WhenAll(sends.Take(30));
        clock.Advance(TimeSpan.FromMilliseconds(1099));
        var beforeTheWindowEnds = sends[30].IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(2));

        Assert.False(beforeTheWindowEnds);
        Assert.True(await sends[30].WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task One_conversation_stays_within_every_window_and_is_not_held_back_below_them()
    {
        var limiter = new SendRateLimiter(clock);
        var start = clock.GetUtcNow();

        var granted = new List<TimeSpan>();
        for (var i = 0; i < 61; i++)
        {
            granted.Add(await GrantedAfterAsync(limiter.WaitAsync("tenant", "the-channel", default)) - start);
        }

        Assert.Equal(7, MostInAnyWindow(granted, TimeSpan.FromMilliseconds(1100)));
        Assert.Equal(8, MostInAnyWindow(granted, TimeSpan.FromMilliseconds(2100)));
        Assert.Equal(60, MostInAnyWindow(granted, TimeSpan.FromMilliseconds(30100)));
        Assert.InRange(granted[7], TimeSpan.FromMilliseconds(1100), TimeSpan.FromMilliseconds(1120));
        Assert.InRange(granted[60], TimeSpan.FromMilliseconds(30100), TimeSpan.FromMilliseconds(30200));
    }

    [Fact]
    public async Task A_busy_conversation_does_not_hold_up_another_tenant()
    {
        var limiter = new SendRateLimiter(clock);

        var busy = Enumerable.Range(0, 9).Select(_ => limiter.WaitAsync("tenant", "the-channel", default)).ToList();
        var elsewhere = limiter.WaitAsync("another-tenant", "the-channel-there", default);

        Assert.True(elsewhere.IsCompleted);
        Assert.True(await elsewhere);
        Assert.Equal(7, busy.Count(s => s.IsCompleted));
    }

    [Fact]
    public async Task A_conversation_that_used_its_hour_is_told_at_once_that_no_send_fits_within_the_wait()
    {
        var limiter = new SendRateLimiter(clock);
        var start = clock.GetUtcNow();
        for (var i = 0; i < 1800; i++)
        {
            await GrantedAfterAsync(limiter.WaitAsync("tenant", "the-channel", default), step: TimeSpan.FromMilliseconds(100));
        }

        var filledAfter = clock.GetUtcNow() - start;
        var next = limiter.WaitAsync("tenant", "the-channel", default);

        Assert.True(filledAfter < TimeSpan.FromHours(1) - SendRateLimiter.MaxWait, $"the hour filled after {filledAfter}");
        Assert.True(next.IsCompleted);
        Assert.False(await next);
    }

    /// <summary>
    /// Moves the fake clock on in small steps (10 ms unless told) until the send is let go; returns when. After a step
    /// that fires the limiter's timer, the clock stands still until the limiter has acted on it (on another thread: the
    /// send goes, or it waits on a new timer), so the time returned is the time the limiter let the send go.
    /// </summary>
    private async Task<DateTimeOffset> GrantedAfterAsync(Task<bool> send, TimeSpan? step = null)
    {
        while (!send.IsCompleted)
        {
            clock.Advance(step ?? TimeSpan.FromMilliseconds(10));
            while (clock.Waiting == 0 && !send.IsCompleted)
            {
                await Task.Delay(1);
            }
        }

        Assert.True(await send);
        return clock.GetUtcNow();
    }

    private static int MostInAnyWindow(IReadOnlyList<TimeSpan> times, TimeSpan window) =>
        times.Select((start, i) => times.Skip(i).TakeWhile(t => t - start < window).Count()).Max();
}
