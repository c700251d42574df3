using Azure;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Hosting;

/// <summary>Creates the tables before the bot takes its first request; waits a while for storage that is still
/// starting.</summary>
internal sealed partial class TablesInitializer(TableStorage storage, ILogger<TablesInitializer> logger)
    : IHostedService
{
    private const int Attempts = 30;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await storage.CreateTablesAsync(cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (attempt < Attempts)
            {
                LogStorageNotReady(logger, e, attempt);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table storage not ready (attempt {Attempt}); retrying")]
    private static partial void LogStorageNotReady(ILogger logger, Exception exception, int attempt);
}
