using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Links;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// Runs the dispatcher every Reminders:SweepInterval for as long as the host runs, and deletes a bounded batch of
/// expired link rows each time.
/// </summary>
public sealed partial class ReminderSweepService(
    ReminderDispatcher dispatcher,
    ILinkStore links,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderSweepService> logger
) : BackgroundService
{
    /// <summary>Export links are made by hand, a few an hour at most: this keeps up while bounding each sweep's
    /// work.</summary>
    private const int LinksPurgedPerSweep = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                var result = await dispatcher.SweepAsync(stoppingToken);
                if (result.Found > 0)
                {
                    LogSwept(
                        logger,
                        result.Found,
                        result.Sent,
                        result.Dropped,
                        result.Skipped,
                        result.Replanned,
                        result.Failed,
                        result.Unreachable,
                        result.TakenByOthers
                    );
                }

                await links.PurgeExpiredAsync(clock.GetUtcNow(), LinksPurgedPerSweep, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, the next sweep tries again: a failed sweep must not stop the host.
                LogSweepFailed(logger, e);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Reminder sweep: {Found} due, {Sent} sent, {Dropped} no longer wanted, {Skipped} skipped for a later one, {Replanned} promises kept, {Failed} to retry, {Unreachable} unreachable, {Taken} taken by another instance"
    )]
    private static partial void LogSwept(
        ILogger logger,
        int found,
        int sent,
        int dropped,
        int skipped,
        int replanned,
        int failed,
        int unreachable,
        int taken
    );

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder sweep failed; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
