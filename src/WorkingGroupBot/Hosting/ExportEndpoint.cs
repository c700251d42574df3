using WorkingGroupBot.Exports;

namespace WorkingGroupBot.Hosting;

/// <summary>
/// GET /exports/{token}/{file}: the plan behind an export link; 404 for anything else, revealing nothing. The CSV is a
/// download for Excel; the report opens in the browser, to read or print.
/// </summary>
internal static class ExportEndpoint
{
    public static Task<IResult> HandleAsync(
        string token,
        string file,
        ExportHandler exports,
        HttpContext http,
        ILoggerFactory loggers
    ) =>
        LinkAnswers.AnswerAsync(http, loggers, async cancellationToken =>
            await exports.RenderAsync(token, file, cancellationToken) is { } export
                ? Results.File(export.Content, export.ContentType, file == ExportHandler.CsvFile ? file : null)
                : Results.NotFound()
        );
}
