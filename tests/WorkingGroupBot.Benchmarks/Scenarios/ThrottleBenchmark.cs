using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// Proactive sends against a connector that enforces Teams' limits: one group of one tenant with
/// <see cref="Members"/> members and <see cref="Due"/> reminders due now, each to a member's 1:1 chat. The tenant's
/// 30 requests a second is the limit that binds; the result is the rate reached and how often Teams said "slow down".
/// The same is first sent (to another tenant) with no limits, to show how fast the dispatcher is on its own.
/// </summary>
public sealed class ThrottleBenchmark(BenchHost host, Connector connector, TimeProvider clock)
{
    public const int Members = 100;
    public const int Due = 300;

    private readonly Seeder seeder = new(host.Services.GetRequiredService<TableStorage>(), connector.Url, clock);

    public async Task<ThrottleResult> RunAsync()
    {
        var unlimited = await SendAllAsync(limits: null);
        var limited = await SendAllAsync(new TeamsLimits());
        return limited with { UnlimitedPerSecond = unlimited.SendsPerSecond };
    }

    private async Task<ThrottleResult> SendAllAsync(TeamsLimits? limits)
    {
        await seeder.GroupAsync(Guid.NewGuid().ToString(), $"19:throttle{Guid.NewGuid():N}@thread.tacv2", Members, actions: Due, due: Due, personalChats: true, CancellationToken.None);
        connector.ResetCounts();
        connector.Limits = limits;
        var dispatcher = host.Services.GetRequiredService<ReminderDispatcher>();
        var watch = Stopwatch.StartNew();
        var sweeps = new List<SweepResult>();
        try
        {
            // A reminder whose send failed after the connector's retries is released for a later sweep, as in
            // production: sweep again until all are out (or a minute has passed), as the background service would.
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

        return new ThrottleResult(Due, sweeps.Sum(s => s.Sent), sweeps.Sum(s => s.Failed), sweeps.Count, connector.Accepted, connector.Throttled, watch.Elapsed, double.NaN);
    }
}

/// <param name="UnlimitedPerSecond">The same sends to a connector without limits.</param>
public sealed record ThrottleResult(int Due, int Sent, int Failed, int Sweeps, int Accepted, int Throttled, TimeSpan Elapsed, double UnlimitedPerSecond)
{
    /// <summary>Accepted sends over the sweep's wall time.</summary>
    public double SendsPerSecond => Accepted / Math.Max(0.001, Elapsed.TotalSeconds);

    public double OfLimit => SendsPerSecond / TeamsLimits.TenantPerSecond;
}
