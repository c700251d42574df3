using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Hosting;

/// <summary>Healthy only while the table storage answers.</summary>
internal static partial class HealthEndpoint
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<IResult> HandleAsync(
        TableStorage storage,
        ILoggerFactory loggers,
        CancellationToken cancellationToken
    )
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await storage.PingAsync(timeout.Token);
            return Results.Text("ok");
        }
        catch (Exception e) when (StorageFailure.Is(e, cancellationToken))
        {
            LogUnhealthy(loggers.CreateLogger(nameof(HealthEndpoint)), e);
            return Results.Text("table storage does not answer", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check failed: table storage does not answer")]
    private static partial void LogUnhealthy(ILogger logger, Exception exception);
}
