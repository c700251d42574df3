using System.Text.Json.Nodes;
using Microsoft.Extensions.FileProviders;
using WorkingGroupBot.Dashboard;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Hosting;

/// <summary>
/// The tab: its pages under /tab (static files, framed only by Teams) and its JSON API under /api/tab. Every API call
/// is signed in (<see cref="TabAuthentication"/>) and answers only with what the caller's roster places let them see;
/// changes go through the same rules as the cards'. Errors are a status with <c>{"error": text}</c> in the reader's
/// language, never a 500; nothing is cached.
/// </summary>
internal static partial class TabEndpoints
{
    public const string PagePath = "/tab";

    /// <summary>Where Teams runs tabs; a deployment may add more (<c>Tab:FrameAncestors</c>).</summary>
    private const string TeamsFrameAncestors =
        "teams.microsoft.com *.teams.microsoft.com *.teams.cloud.microsoft *.office.com *.microsoft365.com *.cloud.microsoft";

    public static void MapTab(this WebApplication app)
    {
        var ancestors = (TeamsFrameAncestors + " " + app.Configuration["Tab:FrameAncestors"]).Trim();
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(PagePath),
            branch =>
                branch.Use(
                    (http, next) =>
                    {
                        var headers = http.Response.Headers;
                        headers.ContentSecurityPolicy =
                            $"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}";
                        headers.XContentTypeOptions = "nosniff";
                        headers["Referrer-Policy"] = "no-referrer";
                        headers.CacheControl = "no-cache";
                        return next(http);
                    }
                )
        );
        app.UseStaticFiles(
            new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot", "tab")),
                RequestPath = PagePath,
            }
        );

        app.MapGet(PagePath + "/charts.css", () => Results.Text(SvgCharts.Style, "text/css; charset=utf-8"));

        var api = app.MapGroup("/api/tab");
        api.MapGet("/texts", (HttpContext http) =>
            Results.Json(
                new JsonObject
                {
                    ["mode"] = http.RequestServices.GetRequiredService<TabSignIn>().Mode.ToString(),
                    ["labels"] = DashboardJson.LabelsOf(TextSet.For(TabAuthentication.LanguageOf(http))),
                }
            )
        );
        api.MapGet("/groups", (HttpContext http, Dashboards dashboards) =>
            AnswerAsync(http, async (user, ct) =>
                Results.Json(
                    new JsonObject
                    {
                        ["groups"] = new JsonArray([
                            .. (await dashboards.GroupsAsync(user, ct)).Select(g => new JsonObject
                            {
                                ["id"] = g.Key.GroupId,
                                ["name"] = g.Name,
                            }),
                        ]),
                    }
                )
            )
        );
        api.MapGet("/groups/{groupId}", (string groupId, HttpContext http, Dashboards dashboards, TimeProvider clock) =>
            AnswerAsync(http, async (user, ct) =>
                await dashboards.ReadAsync(user, groupId, ct) is { } context
                    ? Results.Json(DashboardJson.Of(context, clock.GetUtcNow()))
                    : Error(http, StatusCodes.Status404NotFound, TextKey.DashNotFound)
            )
        );
        api.MapPost(
            "/groups/{groupId}/actions/{number:int}/status",
            (string groupId, int number, ChangeBody body, HttpContext http, Dashboards dashboards) =>
                AnswerAsync(http, async (user, ct) =>
                    Edited(
                        http,
                        await dashboards.ChangeStatusAsync(
                            user,
                            groupId,
                            number,
                            body.Status,
                            body.Reason?.Trim() ?? "",
                            ct
                        ),
                        TextKey.StatusChangedTo
                    )
                )
        );
        api.MapPost(
            "/groups/{groupId}/actions/{number:int}/notes",
            (string groupId, int number, ChangeBody body, HttpContext http, Dashboards dashboards) =>
                AnswerAsync(http, async (user, ct) =>
                    Edited(
                        http,
                        await dashboards.AddNoteAsync(
                            user,
                            groupId,
                            number,
                            body.Note?.Trim() ?? "",
                            Submission(body.Submission),
                            ct
                        ),
                        TextKey.NoteAdded
                    )
                )
        );
    }

    /// <summary>What the page posts: a status (and a reason for Blocked), or a note with the form's one-time
    /// id.</summary>
    internal sealed record ChangeBody(string? Status, string? Reason, string? Note, string? Submission);

    /// <summary>The answer to a change: 200 with the action as it is now (a repeat is a 200 too); 403 when the caller
    /// may not; 404 when the action is not theirs to see; 400 when the input is not valid.</summary>
    private static IResult Edited(HttpContext http, ActionEdit? edit, TextKey done)
    {
        var texts = TextSet.For(TabAuthentication.LanguageOf(http));
        return edit switch
        {
            null => Error(http, StatusCodes.Status404NotFound, TextKey.DashNotFound),
            ActionEdit.Applied applied => Results.Json(
                new JsonObject
                {
                    ["message"] =
                        done == TextKey.StatusChangedTo
                            ? texts.Format(done, Cards.Formats.Status(texts, applied.Action.Status))
                            : texts[done],
                    ["number"] = applied.Action.Number,
                    ["status"] = applied.Action.Status.ToString(),
                }
            ),
            ActionEdit.Refused { IsNoOp: true } refused => Results.Json(
                new JsonObject { ["message"] = texts[refused.Reason], ["number"] = refused.Action?.Number }
            ),
            ActionEdit.Refused { Reason: TextKey.RefusedNotYourAction or TextKey.RefusedChairsOnly } refused => Error(
                http,
                StatusCodes.Status403Forbidden,
                refused.Reason
            ),
            ActionEdit.Refused { Reason: TextKey.ActionNotFound } => Error(
                http,
                StatusCodes.Status404NotFound,
                TextKey.ActionNotFound
            ),
            ActionEdit.Refused refused => Error(http, StatusCodes.Status400BadRequest, refused.Reason),
            _ => throw new InvalidOperationException("An edit is applied or refused."),
        };
    }

    /// <summary>A note's form instance, kept short: it only has to tell a repeat from a new note.</summary>
    private static string? Submission(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(char.IsAsciiLetterOrDigit) ? "tab-" + id : null;

    private static IResult Error(HttpContext http, int status, TextKey reason) =>
        Results.Json(
            new JsonObject { ["error"] = TextSet.For(TabAuthentication.LanguageOf(http))[reason] },
            statusCode: status
        );

    private static async Task<IResult> AnswerAsync(
        HttpContext http,
        Func<TabUser, CancellationToken, Task<IResult>> answer
    )
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        if (await TabAuthentication.UserAsync(http) is not { } user)
        {
            return Error(http, StatusCodes.Status401Unauthorized, TextKey.DashSignInFailed);
        }

        try
        {
            return await answer(user, http.RequestAborted);
        }
        catch (Exception e) when (StorageFailure.Is(e, http.RequestAborted))
        {
            LogStorageDown(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Tab"), e);
            headers.RetryAfter = "30";
            return Error(http, StatusCodes.Status503ServiceUnavailable, TextKey.LinkStorageDown);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A tab request could not be answered: table storage does not answer"
    )]
    private static partial void LogStorageDown(ILogger logger, Exception exception);
}
