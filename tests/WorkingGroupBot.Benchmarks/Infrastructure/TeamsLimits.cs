using System.Diagnostics;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>
/// Teams' rate limits for bots (teams-protocol.md, Throttling): per conversation 7 sends a second, 8 in two seconds
/// and 60 in thirty; per app and tenant 30 requests a second. A request over a limit is refused with the wait until
/// it would fit, which the connector sends as Retry-After; refused requests do not count against the limits.
/// </summary>
public sealed class TeamsLimits
{
    private static readonly (TimeSpan Window, int Limit)[] PerConversation =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60)];

    private static readonly (TimeSpan Window, int Limit)[] PerTenant = [(TimeSpan.FromSeconds(1), 30)];

    public const int TenantPerSecond = 30;

    private readonly Dictionary<string, List<long>> sent = [];
    private readonly Lock gate = new();

    /// <returns>Null when the request may go now; otherwise how long to wait.</returns>
    public TimeSpan? TryTake(string tenantId, string conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        var conversationKey = "c:" + conversationId;
        var tenantKey = "t:" + tenantId;
        lock (gate)
        {
            var wait = new[] { Wait(conversationKey, PerConversation, now), Wait(tenantKey, PerTenant, now) }.Max();
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            History(conversationKey).Add(now);
            History(tenantKey).Add(now);
            return null;
        }
    }

    private TimeSpan Wait(string key, (TimeSpan Window, int Limit)[] limits, long now)
    {
        var history = History(key);
        history.RemoveAll(t => Stopwatch.GetElapsedTime(t, now) >= TimeSpan.FromSeconds(30));
        var wait = TimeSpan.Zero;
        foreach (var (window, limit) in limits)
        {
            var inWindow = history.Count(t => Stopwatch.GetElapsedTime(t, now) < window);
            if (inWindow >= limit)
            {
                // The limit-th most recent send leaves the window first among those that must.
                var blocking = history[^limit];
                var left = window - Stopwatch.GetElapsedTime(blocking, now);
                wait = left > wait ? left : wait;
            }
        }

        return wait;
    }

    private List<long> History(string key) =>
        sent.TryGetValue(key, out var list) ? list : sent[key] = [];
}
