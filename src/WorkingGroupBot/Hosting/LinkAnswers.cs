using WorkingGroupBot.Storage;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Hosting;

/// <summary>
/// What every answer behind a bearer URL (calendar feeds, exports) shares: it is not cached or sent on as a referrer,
/// its type is not guessed, nothing in it loads or runs but its own inline style; and while storage is down it is a 503
/// the client may retry, not a 500.
/// </summary>
internal static partial class LinkAnswers
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private const int RetryAfterSeconds = 60;

    public static async Task<IResult> AnswerAsync(
        HttpContext http,
        ILoggerFactory loggers,
        Func<CancellationToken, Task<IResult>> answer
    )
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        try
        {
            return await answer(http.RequestAborted);
        }
        catch (Exception e) when (StorageFailure.Is(e, http.RequestAborted))
        {
            LogStorageDown(
                loggers.CreateLogger(nameof(LinkAnswers)),
                http.Request.Path.StartsWithSegments("/calendar") ? "calendar" : "export",
                e
            );
            headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = string.Join("\n", TextSet.InAllLanguages(TextKey.LinkStorageDown).Reverse());
            return Results.Text(text, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A {Link} link could not be answered: table storage does not answer"
    )]
    private static partial void LogStorageDown(ILogger logger, string link, Exception exception);
}
