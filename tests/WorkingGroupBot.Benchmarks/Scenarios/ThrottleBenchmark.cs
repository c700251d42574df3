using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// Proactive sends against a connector that enforces Teams' limits: one group of one tenant with
/// <see cref="Members"/> members and <see cref="Due"/> reminders due now, each to a member's 1:1 chat. The tenant's
/// 30 requests a second is the limit that binds; the result is the rate reached and how often Teams said "slow down".
/// </summary>
public sealed class ThrottleBenchmark(BenchHost host, Connector connector, TimeProvider clock)
{
    public const int Members = 100;
    public const int Due = 300;

    public async Task<ThrottleResult> RunAsync()
    {
        var seeder = new Seeder(host.Services.GetRequiredService<TableStorage>(), connector.Url, clock);
        await seeder.GroupAsync(Guid.NewGuid().ToString(), $"19:throttle{Guid.NewGuid():N}@thread.tacv2", Members, actions: Due, due: Due, personalChats: true, CancellationToken.None);

        connector.ResetCounts();
        connector.Limits = new TeamsLimits();
        var dispatcher = host.Services.GetRequiredService<ReminderDispatcher>();
        var watch = Stopwatch.StartNew();
        var sweeps = new List<SweepResult>();
        try
        {
            // Reminders that failed after the connector's retries are released for a later sweep, as in production.
            // Sweep again until all are out (or a minute has passed), as the background service would.
            while (sweeps.Sum(s => s.Sent) < Due && watch.Elapsed < TimeSpan.FromMinutes(1))
            {
                sweeps.Add(await dispatcher.SweepAsync(CancellationToken.None));
                if (sweeps[^1].Found == 0)
                {
                    break;
                }
            }
        }
        finally
        {
            connector.Limits = null;
        }

        var elapsed = watch.Elapsed;
        var accepted = connector.AcceptedAt;
        var sendingTime = accepted.Count > 1 ? Stopwatch.GetElapsedTime(accepted[0], accepted[^1]) : elapsed;
        return new ThrottleResult(Due, sweeps.Sum(s => s.Sent), sweeps.Sum(s => s.Failed), sweeps.Count, connector.Accepted, connector.Throttled, elapsed, sendingTime);
    }
}

public sealed record ThrottleResult(int Due, int Sent, int Failed, int Sweeps, int Accepted, int Throttled, TimeSpan Elapsed, TimeSpan SendingTime)
{
    /// <summary>Sends a second from the first accepted send to the last.</summary>
    public double SendsPerSecond => Accepted / Math.Max(0.001, SendingTime.TotalSeconds);

    public double OfLimit => SendsPerSecond / TeamsLimits.TenantPerSecond;
}
