using System.Globalization;
using WorkingGroupBot.Exports;
using WorkingGroupBot.Meetings;

namespace WorkingGroupBot.Hosting;

/// <summary>
/// GET /minutes/{token}/{series}/{date}/{revision}/{file}: approved minutes behind a minutes link; 404 for anything
/// else, revealing nothing. The DOCX is a download; the printable page opens in the browser.
/// </summary>
internal static class MinutesEndpoint
{
    public const string Pattern = "/minutes/{token}/{series}/{date}/{revision:int}/{file}";

    public static Task<IResult> HandleAsync(
        string token,
        string series,
        string date,
        int revision,
        string file,
        MinutesExport export,
        HttpContext http,
        ILoggerFactory loggers
    ) =>
        LinkAnswers.AnswerAsync(http, loggers, async cancellationToken =>
            DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && await export.RenderAsync(token, series, day, revision, file, cancellationToken) is { } rendered
                ? Results.File(rendered.Content, rendered.ContentType, file == MinutesFiles.Docx ? file : null)
                : Results.NotFound()
        );
}
