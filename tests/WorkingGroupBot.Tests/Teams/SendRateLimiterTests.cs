using WorkingGroupBot.Teams;

namespace WorkingGroupBot.Tests.Teams;

public sealed class SendRateLimiterTests
{
    [Fact]
    public async Task A_tenant_gets_thirty_sends_a_second_and_the_thirty_first_waits_its_turn()
    {
        await using var limiter = new SendRateLimiter();

        var sends = Enumerable.Range(0, 31).Select(i => limiter.WaitAsync("tenant", "conversation-" + i, default)).ToList();
        await Task.WhenAll(sends.Take(30));

        Assert.False(sends[30].IsCompleted);
        Assert.True(await sends[30]);
    }

    [Fact]
    public async Task One_conversation_gets_seven_sends_a_second_and_other_tenants_are_not_held_up()
    {
        await using var limiter = new SendRateLimiter();

        var sends = Enumerable.Range(0, 8).Select(_ => limiter.WaitAsync("tenant", "the-channel", default)).ToList();
        await Task.WhenAll(sends.Take(7));

        Assert.False(sends[7].IsCompleted);
        Assert.True(await limiter.WaitAsync("another-tenant", "the-channel-there", default));
        Assert.True(await sends[7]);
    }
}
