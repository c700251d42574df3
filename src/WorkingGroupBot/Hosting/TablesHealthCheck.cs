using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Hosting;

/// <summary>
/// Ready only while the table storage answers: an instance without its tables should get no traffic. A failure is
/// logged by the health check service.
/// </summary>
internal sealed class TablesHealthCheck(TableStorage storage) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await storage.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("table storage answers");
        }
        catch (Exception e) when (StorageFailure.Is(e, cancellationToken))
        {
            return HealthCheckResult.Unhealthy("table storage does not answer", e);
        }
    }
}
