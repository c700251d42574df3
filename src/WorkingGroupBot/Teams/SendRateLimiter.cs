namespace WorkingGroupBot.Teams;

/// <summary>
/// Keeps proactive sends within Teams' limits before Teams has to say 429 (msteams-docs, rate limits): per app per
/// tenant 30 requests in any second; per conversation 7 in any second, 8 in any 2 seconds, 60 in any 30 seconds and
/// 1,800 in any hour. It remembers when each send went out and lets the next one go only when every window has room
/// (token buckets let bursts through around each refill). These limits are about the real network, so the host gives
/// it the real clock. A send that would wait longer than <see cref="MaxWait"/> is given up for now and retried later.
/// </summary>
/// <remarks>
/// The count is per bot instance: several instances sending to one tenant at the same moment can together go over,
/// and Teams then answers 429, which is retried with its Retry-After. Waiting senders are not queued in order: the
/// first to look once a send leaves its window goes (the dispatcher sends a few at a time, so none waits long).
/// </remarks>
internal sealed class SendRateLimiter(TimeProvider clock)
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Added to every window: Teams counts a send when it arrives, some time after it was let go here, and that time
    /// varies with the network and the load. Without it, sends let go exactly at the limit arrive a little over it.
    /// </summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(100);

    private static readonly Window[] PerTenant = [new(30, TimeSpan.FromSeconds(1) + Margin)];

    private static readonly Window[] PerConversation =
    [
        new(7, TimeSpan.FromSeconds(1) + Margin),
        new(8, TimeSpan.FromSeconds(2) + Margin),
        new(60, TimeSpan.FromSeconds(30) + Margin),
        new(1800, TimeSpan.FromHours(1) + Margin),
    ];

    /// <summary>How often the logs of every tenant and conversation are cleared of old sends.</summary>
    private const int TidyEvery = 1000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<long>> tenants = [];
    private readonly Dictionary<string, List<long>> conversations = [];
    private int takenSinceTidy;

    /// <summary>Waits for a turn to send; false when none came within <see cref="MaxWait"/>.</summary>
    public async Task<bool> WaitAsync(string tenant, string conversation, CancellationToken cancellationToken)
    {
        var start = clock.GetTimestamp();
        var giveUpAt = start + Ticks(MaxWait);
        while (true)
        {
            var wait = TryTake(tenant, conversation);
            if (wait == 0 || clock.GetTimestamp() + wait > giveUpAt)
            {
                Telemetry.SendLimiterWait.Record(clock.GetElapsedTime(start).TotalMilliseconds);
                return wait == 0;
            }

            // Whole milliseconds, rounded up: a shorter delay would return at once and spin.
            await Task.Delay(
                TimeSpan.FromMilliseconds(Math.Ceiling(clock.GetElapsedTime(0, wait).TotalMilliseconds)),
                clock,
                cancellationToken
            );
        }
    }

    /// <summary>Records a send and returns 0, or returns how long (in the clock's timestamp ticks) until one would
    /// fit.</summary>
    private long TryTake(string tenant, string conversation)
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            var tenantLog = LogOf(tenants, tenant, PerTenant, now);
            var conversationLog = LogOf(conversations, conversation, PerConversation, now);
            var wait = Math.Max(WaitFor(tenantLog, PerTenant, now), WaitFor(conversationLog, PerConversation, now));
            if (wait == 0)
            {
                tenantLog.Add(now);
                conversationLog.Add(now);
                if (++takenSinceTidy >= TidyEvery)
                {
                    Tidy(tenants, PerTenant, now);
                    Tidy(conversations, PerConversation, now);
                    takenSinceTidy = 0;
                }
            }

            return wait;
        }
    }

    /// <summary>The sends still inside the longest window, oldest first.</summary>
    private List<long> LogOf(Dictionary<string, List<long>> logs, string key, Window[] windows, long now)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            logs[key] = log = [];
        }

        Forget(log, windows, now);
        return log;
    }

    /// <summary>0 when one more send fits in every window; else the time until the send that blocks leaves its
    /// window.</summary>
    private long WaitFor(List<long> log, Window[] windows, long now) =>
        windows.Max(window =>
        {
            var length = Ticks(window.Length);
            var inWindow = log.Count - FirstAfter(log, now - length);
            return inWindow < window.Limit ? 0 : log[log.Count - window.Limit] + length - now + 1;
        });

    private void Tidy(Dictionary<string, List<long>> logs, Window[] windows, long now)
    {
        foreach (var (key, log) in logs)
        {
            Forget(log, windows, now);
            if (log.Count == 0)
            {
                logs.Remove(key);
            }
        }
    }

    private void Forget(List<long> log, Window[] windows, long now) =>
        log.RemoveRange(0, FirstAfter(log, now - Ticks(windows[^1].Length)));

    /// <summary>The index of the first send later than <paramref name="time"/> (the log is in order).</summary>
    private static int FirstAfter(List<long> log, long time)
    {
        var index = log.BinarySearch(time);
        if (index < 0)
        {
            return ~index;
        }

        while (index < log.Count && log[index] <= time)
        {
            index++;
        }

        return index;
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * clock.TimestampFrequency);

    /// <summary>At most <paramref name="Limit"/> sends in any span of <paramref name="Length"/>.</summary>
    private sealed record Window(int Limit, TimeSpan Length);
}
