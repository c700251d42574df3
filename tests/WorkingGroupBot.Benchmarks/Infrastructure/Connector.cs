using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>
/// A Bot Connector on 127.0.0.1 that answers at once the routes the bot calls (replies, sends, updates, 1:1 creation,
/// members, paged members). With <see cref="Limits"/> set it enforces Teams' rate limits with 429 and Retry-After.
/// </summary>
public sealed class Connector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, IReadOnlyList<BenchUser>> rosters = new();
    private readonly ConcurrentDictionary<string, BenchUser> users = new();
    private int accepted;
    private int throttled;
    private int nextId;

    private Connector(WebApplication app)
    {
        this.app = app;
        Map(app);
    }

    public string Url { get; private set; } = "";

    /// <summary>Null: every request is answered at once. Set: Teams' limits apply to sends and 1:1 creation.</summary>
    public TeamsLimits? Limits { get; set; }

    /// <summary>Messages and 1:1 chats accepted so far (replies, sends, creations).</summary>
    public int Accepted => accepted;

    public int Throttled => throttled;

    public static async Task<Connector> StartAsync()
    {
        var connector = new Connector(Loopback.NewServer());
        await connector.app.StartAsync();
        connector.Url = Loopback.UrlOf(connector.app) + "/";
        return connector;
    }

    public void ResetCounts()
    {
        Interlocked.Exchange(ref accepted, 0);
        Interlocked.Exchange(ref throttled, 0);
    }

    /// <summary>Who Teams says is in a team (by team id).</summary>
    public void SetRoster(string teamId, IReadOnlyList<BenchUser> roster)
    {
        rosters[teamId] = roster;
        foreach (var user in roster)
        {
            users[user.Id] = user;
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private void Map(WebApplication web)
    {
        web.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, JsonObject body) =>
            Message(conversationId, body));
        web.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject body) =>
            Message(conversationId, body));
        web.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) =>
            Results.Json(new { id = activityId }));
        web.MapPost("/v3/conversations", (JsonObject body) =>
        {
            var member = body["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
            return Admit(body["tenantId"]?.GetValue<string>(), "a:1on1-" + member)
                ?? Results.Json(new { id = "a:1on1-" + member, activityId = NewId() }, statusCode: StatusCodes.Status201Created);
        });
        web.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            users.TryGetValue(memberId, out var user) ? Results.Json(Account(user)) : Results.NotFound());
        web.MapGet("/v3/conversations/{conversationId}/pagedmembers", (string conversationId) =>
            Results.Json(new { continuationToken = (string?)null, members = RosterOf(conversationId).Select(Account) }));
        web.MapGet("/v3/conversations/{conversationId}/members", (string conversationId) =>
            Results.Json(RosterOf(conversationId).Select(Account)));
    }

    private IResult Message(string conversationId, JsonObject body) =>
        Admit(body["conversation"]?["tenantId"]?.GetValue<string>(), conversationId.Split(";messageid=")[0])
        ?? Results.Json(new { id = NewId() });

    /// <summary>Null when the request is taken (and counted); a 429 with Retry-After when it is over a limit.</summary>
    private IResult? Admit(string? tenantId, string conversationId)
    {
        if (Limits?.TryTake(tenantId ?? "", conversationId) is { } wait)
        {
            Interlocked.Increment(ref throttled);
            return new TooManyRequests((int)Math.Ceiling(wait.TotalSeconds));
        }

        Interlocked.Increment(ref accepted);
        return null;
    }

    private IReadOnlyList<BenchUser> RosterOf(string conversationId) =>
        rosters.TryGetValue(conversationId.Split(";messageid=")[0], out var roster) ? roster : [];

    private string NewId() => "activity-" + Interlocked.Increment(ref nextId);

    private static object Account(BenchUser user) => new
    {
        id = user.Id,
        name = user.Name,
        aadObjectId = user.AadObjectId,
        userPrincipalName = user.Name.ToLowerInvariant().Replace(' ', '.') + "@example.lv",
        userRole = "user",
    };

    private sealed class TooManyRequests(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            httpContext.Response.Headers.RetryAfter = Math.Max(1, retryAfterSeconds).ToString();
            return httpContext.Response.WriteAsJsonAsync(new { error = new { code = "Throttled", message = "Too many requests" } });
        }
    }
}
