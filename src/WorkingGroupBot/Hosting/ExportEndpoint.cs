using WorkingGroupBot.Exports;

namespace WorkingGroupBot.Hosting;

/// <summary>GET /exports/{token}/{file}: the plan behind an export link; 404 for anything else, revealing nothing.</summary>
internal static class ExportEndpoint
{
    public static async Task<IResult> HandleAsync(string token, string file, ExportHandler exports, CancellationToken cancellationToken) =>
        await exports.RenderAsync(token, file, cancellationToken) is { } export
            ? Results.File(export.Content, export.ContentType, file)
            : Results.NotFound();
}
