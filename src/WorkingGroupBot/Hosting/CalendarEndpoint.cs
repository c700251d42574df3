using WorkingGroupBot.Meetings;

namespace WorkingGroupBot.Hosting;

/// <summary>GET /calendar/{token}.ics: a calendar feed for Outlook and others; 404 for a wrong or revoked token,
/// revealing nothing.</summary>
internal static class CalendarEndpoint
{
    private const string Extension = ".ics";

    public static Task<IResult> HandleAsync(
        string file,
        CalendarFeeds feeds,
        HttpContext http,
        ILoggerFactory loggers
    ) =>
        LinkAnswers.AnswerAsync(http, loggers, async cancellationToken =>
            file.EndsWith(Extension, StringComparison.Ordinal)
            && await feeds.RenderAsync(file[..^Extension.Length], cancellationToken) is { } ics
                ? Results.Text(ics, CalendarFeeds.ContentType)
                : Results.NotFound()
        );
}
