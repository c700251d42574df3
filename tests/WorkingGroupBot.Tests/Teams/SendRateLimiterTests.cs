using System.Diagnostics;
using WorkingGroupBot.Teams;

namespace WorkingGroupBot.Tests.Teams;

/// <summary>
/// The limiter runs on the real clock, so these tests send for a few seconds and count the grants in every window. A
/// window is counted 100 ms short of Teams' own, so that a grant the test thread noticed late is not held against it;
/// the lower bounds check that the limiter does not hold sends back far below the limits.
/// </summary>
public sealed class SendRateLimiterTests
{
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_tenant_never_gets_more_than_thirty_sends_in_any_second()
    {
        var limiter = new SendRateLimiter();

        var granted = await GrantTimesAsync(Enumerable.Range(0, 80).Select(i => limiter.WaitAsync("tenant", "conversation-" + i, default)));

        Assert.InRange(MostInAnyWindow(granted, TimeSpan.FromSeconds(1) - Slack), 25, 30);
    }

    [Fact]
    public async Task One_conversation_stays_within_seven_a_second_and_eight_in_two_and_other_tenants_are_not_held_up()
    {
        var limiter = new SendRateLimiter();

        var sends = Enumerable.Range(0, 12).Select(_ => limiter.WaitAsync("tenant", "the-channel", default)).ToList();
        var elsewhere = Stopwatch.StartNew();
        Assert.True(await limiter.WaitAsync("another-tenant", "the-channel-there", default));
        elsewhere.Stop();
        var granted = await GrantTimesAsync(sends);

        Assert.True(elsewhere.Elapsed < TimeSpan.FromSeconds(1), $"another tenant waited {elsewhere.Elapsed}");
        Assert.InRange(MostInAnyWindow(granted, TimeSpan.FromSeconds(1) - Slack), 7, 7);
        Assert.InRange(MostInAnyWindow(granted, TimeSpan.FromSeconds(2) - Slack), 7, 8);
    }

    /// <summary>When each send was granted, from the start; every one must be granted.</summary>
    private static async Task<IReadOnlyList<TimeSpan>> GrantTimesAsync(IEnumerable<Task<bool>> sends)
    {
        var clock = Stopwatch.StartNew();
        var times = await Task.WhenAll(sends.Select(async send =>
        {
            Assert.True(await send);
            return clock.Elapsed;
        }));
        return [.. times.Order()];
    }

    private static int MostInAnyWindow(IReadOnlyList<TimeSpan> times, TimeSpan window) =>
        times.Select((start, i) => times.Skip(i).TakeWhile(t => t - start < window).Count()).Max();
}
