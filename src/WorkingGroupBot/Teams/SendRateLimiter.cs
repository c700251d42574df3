using System.Threading.RateLimiting;

namespace WorkingGroupBot.Teams;

/// <summary>
/// Keeps proactive sends within Teams' limits before Teams has to say 429 (msteams-docs, rate limits): per app per
/// tenant 30 requests a second, per conversation 7 a second. These limits are about the real network, so they run on
/// the real clock. A send that would wait longer than <see cref="MaxWait"/> is given up for now and retried later.
/// </summary>
internal sealed class SendRateLimiter : IAsyncDisposable
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly PartitionedRateLimiter<(string Tenant, string Conversation)> limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<(string Tenant, string Conversation), string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key.Tenant, _ => Bucket(perSecond: 30))),
        PartitionedRateLimiter.Create<(string Tenant, string Conversation), string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key.Conversation, _ => Bucket(perSecond: 7))));

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

    private static TokenBucketRateLimiterOptions Bucket(int perSecond) => new()
    {
        TokenLimit = perSecond,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
