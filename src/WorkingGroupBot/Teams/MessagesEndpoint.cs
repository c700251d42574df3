using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace WorkingGroupBot.Teams;

/// <summary>
/// POST /api/messages. Reads the activity itself so that a body that is not a Teams activity is a 400 and a bad token a
/// 401, then hands the activity to the CloudAdapter.
/// </summary>
internal static partial class MessagesEndpoint
{
    private const string RetryAfterSeconds = "30";
    private static readonly JsonSerializerSettings Settings = new()
    {
        MaxDepth = 32,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    public static async Task HandleAsync(HttpContext http, BotAdapter adapter, TeamsBot bot, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(nameof(MessagesEndpoint));
        var activity = await ReadActivityAsync(http.Request);
        if (activity is null || Problem(activity) is { } problem)
        {
            LogRejected(logger, activity is null ? "not an activity" : Problem(activity)!);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        try
        {
            var response = await adapter.ProcessAsync(
                http.Request.Headers.Authorization.ToString(),
                activity,
                bot,
                http.RequestAborted
            );
            http.Response.StatusCode = response?.Status ?? StatusCodes.Status200OK;
            if (response?.Body is not null)
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(JsonConvert.SerializeObject(response.Body), http.RequestAborted);
            }
        }
        catch (UnauthorizedAccessException e)
        {
            LogUnauthorized(logger, e.Message);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (SigningKeysUnavailableException e)
        {
            LogKeysUnavailable(logger, e);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
    }

    private static async Task<Activity?> ReadActivityAsync(HttpRequest request)
    {
        try
        {
            using var reader = new StreamReader(request.Body);
            return JsonConvert.DeserializeObject<Activity>(
                await reader.ReadToEndAsync(request.HttpContext.RequestAborted),
                Settings
            );
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or OverflowException)
        {
            // Not only malformed JSON: a value Newtonsoft cannot hold (a timestamp offset of +20:00) throws from inside
            // it.
            return null;
        }
    }

    /// <summary>What makes the activity unusable, or null. Every turn needs to know where it came from and who sent
    /// it.</summary>
    private static string? Problem(Activity activity) =>
        activity switch
        {
            { Type: null or "" } => "no type",
            { Conversation.Id: null or "" } or { Conversation: null } => "no conversation",
            { From.Id: null or "" } or { From: null } => "no sender",
            { Recipient.Id: null or "" } or { Recipient: null } => "no recipient",
            _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url)
                    || url.Scheme is not ("https" or "http") => "no service url",
            _ when TeamsTurn.TenantOf(activity) is null => "no tenant, or two different tenants",
            _ when HasHoles(activity.Entities)
                    || HasHoles(activity.Attachments)
                    || HasHoles(activity.MembersAdded)
                    || HasHoles(activity.MembersRemoved) => "null in a list",
            _ => null,
        };

    /// <summary>A list with a null in it, which the SDK's own helpers (e.g. reading mentions) trip over.</summary>
    private static bool HasHoles<T>(IList<T>? list)
        where T : class => list?.Contains(null!) == true;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to /api/messages: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "The channel's signing keys could not be fetched; a request was answered 503"
    )]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unauthorized request to /api/messages: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string reason);
}
