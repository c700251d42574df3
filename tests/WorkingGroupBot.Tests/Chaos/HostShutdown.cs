using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// Stops a host whose clock is fake. The connector's retry delays follow that clock, so a send still retrying when the
/// test ends would wait forever and the host's shutdown with it; here the clock is moved on until it stops, and the
/// test is told that something was still retrying.
/// </summary>
public static class HostShutdown
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <returns>Null, or what was wrong: the host had to be helped to stop.</returns>
    public static async Task<string?> StopAsync(BotHost bot)
    {
        var stopping = bot.DisposeAsync().AsTask();
        if (await Task.WhenAny(stopping, Task.Delay(Patience)) == stopping)
        {
            await stopping;
            return null;
        }

        for (var i = 0; i < 10_000 && !stopping.IsCompleted; i++)
        {
            bot.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        await stopping;
        return $"the host did not stop within {Patience.TotalSeconds:F0} s: a call to the connector was still being retried";
    }
}
