using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace WorkingGroupBot.Teams;

/// <summary>
/// Retries what Teams asks to retry (msteams-docs, rate limits): 429 (honouring Retry-After), 412, 502, 503 and 504,
/// with exponential backoff and jitter. The SDK itself does not retry.
/// </summary>
internal static class ConnectorResilience
{
    private static readonly HttpStatusCode[] Transient =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline) =>
        pipeline.AddRetry(
            new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 5,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args =>
                    ValueTask.FromResult(
                        args.Outcome.Result is { } response
                            ? Transient.Contains(response.StatusCode)
                            : IsTransient(args.Outcome.Exception)
                    ),
                OnRetry = args =>
                {
                    if (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        Telemetry.Throttled.Add(1);
                    }

                    Telemetry.RetryWait.Record(args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            }
        );

    /// <summary>
    /// A failure of the network, not of the request: a request that can never be sent (a header that is not ASCII, as a
    /// conversation id from a forged activity makes it) fails the same way every time, so retrying it only holds the
    /// turn.
    /// </summary>
    private static bool IsTransient(Exception? exception) =>
        exception
            is HttpRequestException
            {
                HttpRequestError: HttpRequestError.ConnectionError
                    or HttpRequestError.NameResolutionError
                    or HttpRequestError.SecureConnectionError
                    or HttpRequestError.ResponseEnded
                    or HttpRequestError.HttpProtocolError,
            };
}
