using System.Threading.RateLimiting;

namespace WorkingGroupBot.Teams;

/// <summary>
/// Keeps proactive sends within Teams' limits before Teams has to say 429 (msteams-docs, rate limits): per app per
/// tenant 30 requests a second; per conversation 7 a second, 8 in 2 seconds, 60 in 30 seconds and 1,800 an hour.
/// These limits are about the real network, so they run on the real clock. A send that would wait longer than
/// <see cref="MaxWait"/> is given up for now and retried later.
/// </summary>
/// <remarks>
/// Token buckets, each refilling a few tokens at a time, since Teams counts over any window: a bucket that refills all
/// 30 at once lets nearly 60 through around the refill. A partitioned limiter refills on a 100 ms timer, so no bucket
/// refills faster than that. In any second a tenant gets at most 5 + 5 × 5 = 30 (25 a second when it keeps sending);
/// a conversation at most 4 + 2 = 6 in a second, 4 + 4 = 8 in two, and 30 + 15 = 45 in thirty; an hour allows it
/// 30 + 1,800, so only a conversation sent to without a pause for an hour can meet a 429 (which is retried). The tenant's bucket comes last, as the send
/// follows its grant at once: the busiest limit is the one counted exactly.
/// </remarks>
internal sealed class SendRateLimiter : IAsyncDisposable
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly PartitionedRateLimiter<(string Tenant, string Conversation)> limiter = PartitionedRateLimiter.CreateChained(
        Bucket(key => key.Conversation, size: 4, refill: 1, every: TimeSpan.FromMilliseconds(500)),
        Bucket(key => key.Conversation, size: 30, refill: 1, every: TimeSpan.FromSeconds(2)),
        Bucket(key => key.Tenant, size: 5, refill: 5, every: TimeSpan.FromMilliseconds(200)));

    /// <summary>Waits for a turn to send; false when none came within <see cref="MaxWait"/>.</summary>
    public async Task<bool> WaitAsync(string tenant, string conversation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MaxWait);
        try
        {
            using var lease = await limiter.AcquireAsync((tenant, conversation), 1, timeout.Token);
            return lease.IsAcquired;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => limiter.DisposeAsync();

    private static PartitionedRateLimiter<(string Tenant, string Conversation)> Bucket(Func<(string Tenant, string Conversation), string> partition, int size, int refill, TimeSpan every) =>
        PartitionedRateLimiter.Create<(string Tenant, string Conversation), string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(partition(key), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = size,
                TokensPerPeriod = refill,
                ReplenishmentPeriod = every,
                QueueLimit = 10_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
}
