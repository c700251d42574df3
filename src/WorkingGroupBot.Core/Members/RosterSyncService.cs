using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Members;

/// <summary>
/// Finishes roster syncs that no instance holds, on the reminder dispatcher's schedule (Reminders:Enabled,
/// SweepInterval), and at once when a turn on this instance hands one over.
/// </summary>
public sealed partial class RosterSyncService(
    RosterSync sync,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<RosterSyncService> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        do
        {
            try
            {
                await sync.RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Finding the due syncs failed (each sync survives its own failures): the next tick tries again.
                LogSweepFailed(logger, e);
            }
        } while (await NextAsync(stoppingToken));
    }

    private async Task<bool> NextAsync(CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(
            Task.Delay(options.Value.SweepInterval, clock, wait.Token),
            sync.WaitForHandOverAsync(wait.Token)
        );
        await wait.CancelAsync();
        return !stoppingToken.IsCancellationRequested;
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Looking for roster syncs to finish failed; trying again at the next interval"
    )]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
