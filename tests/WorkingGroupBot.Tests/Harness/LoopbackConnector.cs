using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// A Bot Connector on 127.0.0.1 that answers the routes a Teams bot calls (replies, sends, updates, 1:1 creation,
/// members and paged members) and records every call.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<TestUser>> rosters = new();
    private readonly ConcurrentDictionary<string, TestUser> users = new();
    private readonly ConcurrentQueue<(int Status, int? RetryAfterSeconds)> sendFaults = new();
    private readonly ConcurrentDictionary<string, int> refusing = new();
    private int nextId;
    private int rosterPagesBeforeCut = int.MaxValue;
    private int rejected;

    private LoopbackConnector(WebApplication app)
    {
        this.app = app;
        Map(app);
    }

    public string Url { get; private set; } = "";

    /// <summary>Every call so far. Fails the test if the bot sent an Adaptive Card that Teams would not render as built.</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            SentCards.ThrowIfInvalid(Url);
            return calls.ToArray();
        }
    }

    /// <summary>Sends refused with a fault status (429, 502, …) so far: they are not in <see cref="Calls"/>.</summary>
    public int Rejected => rejected;

    /// <summary>The next sends (POSTs of activities) fail with this status, as Teams does when throttling or in trouble.</summary>
    public void FailNextSends(int count, int status, int? retryAfterSeconds = null)
    {
        for (var i = 0; i < count; i++)
        {
            sendFaults.Enqueue((status, retryAfterSeconds));
        }
    }

    /// <summary>How long each send takes to answer, like a slow network; lets a test kill the bot mid-sweep.</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>This user blocked the bot: writing to their chat is a 403.</summary>
    public void Block(TestUser user) => Refuse(user, StatusCodes.Status403Forbidden);

    /// <summary>Every write to this user's chat answers <paramref name="status"/> (404: the conversation is not found).</summary>
    public void Refuse(TestUser user, int status) => Refuse(OpenedChatWith(user), status);

    /// <summary>Every write to this conversation (or a thread in it) answers <paramref name="status"/>.</summary>
    public void Refuse(string conversationId, int status) => refusing[conversationId] = status;

    /// <summary>
    /// The roster breaks after this many more pages: later page requests fail with a 500 (not retried) until
    /// <see cref="HealRoster"/>, like a connector that fails in the middle of a large team's roster.
    /// </summary>
    public void CutRosterAfter(int pages) => Volatile.Write(ref rosterPagesBeforeCut, pages);

    public void HealRoster() => Volatile.Write(ref rosterPagesBeforeCut, int.MaxValue);

    /// <summary>The id the connector gives a 1:1 chat the bot opens with this user.</summary>
    public static string OpenedChatWith(TestUser user) => "a:1on1-" + user.Id;

    public static async Task<LoopbackConnector> StartAsync()
    {
        var connector = new LoopbackConnector(Loopback.NewServer());
        await connector.app.StartAsync();
        connector.Url = Loopback.UrlOf(connector.app) + "/";
        return connector;
    }

    /// <summary>Sets who Teams says is in a team or chat (by the team id, or the chat's conversation id).</summary>
    public void SetRoster(string teamOrConversationId, IEnumerable<TestUser> roster)
    {
        var list = roster.ToList();
        rosters[teamOrConversationId] = list;
        foreach (var user in list)
        {
            users[user.Id] = user;
        }
    }

    /// <summary>The messages (replies, sends, updates) the bot wrote to a conversation, or to threads in it, in order.</summary>
    public IReadOnlyList<ConnectorCall> MessagesTo(string conversationId) =>
        Calls.Where(c => c.IsMessage && c.ConversationId?.Split(";messageid=")[0] == conversationId).ToList();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private void Map(WebApplication web)
    {
        web.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject body) =>
            RecordAsync("POST", ConnectorCall.Reply, conversationId, activityId, body));
        web.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject body) =>
            RecordAsync("POST", ConnectorCall.Send, conversationId, null, body));
        web.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject body) =>
            Record("PUT", ConnectorCall.Update, conversationId, activityId, body, activityId));
        web.MapPost("/v3/conversations", (JsonObject body) =>
        {
            SentCards.Record(Url, "the first message of a new conversation", body["activity"]);
            calls.Enqueue(new ConnectorCall("POST", ConnectorCall.CreateConversation, null, null, body));
            var member = body["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
            return Results.Json(new { id = "a:1on1-" + member, activityId = NewId() }, statusCode: StatusCodes.Status201Created);
        });
        web.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            users.TryGetValue(memberId, out var user) ? Results.Json(Account(user)) : Results.NotFound());
        web.MapGet("/v3/conversations/{conversationId}/members", (string conversationId) =>
            Results.Json(RosterOf(conversationId).Select(Account)));
        web.MapGet("/v3/conversations/{conversationId}/pagedmembers", (string conversationId, int? pageSize, string? continuationToken) =>
        {
            if (Interlocked.Decrement(ref rosterPagesBeforeCut) < 0)
            {
                return new FaultResult(StatusCodes.Status500InternalServerError, null);
            }

            var roster = RosterOf(conversationId);
            var start = int.TryParse(continuationToken, out var s) ? s : 0;
            var size = pageSize is > 0 ? pageSize.Value : 100;
            var page = roster.Skip(start).Take(size).Select(Account).ToList();
            var next = start + size < roster.Count ? (start + size).ToString() : null;
            return Results.Json(new { continuationToken = next, members = page });
        });
    }

    private IReadOnlyList<TestUser> RosterOf(string conversationId) =>
        rosters.TryGetValue(conversationId.Split(";messageid=")[0], out var roster) ? roster : [];

    private async Task<IResult> RecordAsync(string method, string kind, string conversationId, string? activityId, JsonObject body, string? id = null)
    {
        if (SendDelay > TimeSpan.Zero)
        {
            await Task.Delay(SendDelay);
        }

        return Record(method, kind, conversationId, activityId, body, id);
    }

    private IResult Record(string method, string kind, string conversationId, string? activityId, JsonObject body, string? id = null)
    {
        if (refusing.TryGetValue(conversationId.Split(";messageid=")[0], out var refused))
        {
            return Refused(refused);
        }

        if (method == "POST" && sendFaults.TryDequeue(out var fault))
        {
            Interlocked.Increment(ref rejected);
            return new FaultResult(fault.Status, fault.RetryAfterSeconds);
        }

        SentCards.Record(Url, $"{kind} to {conversationId}", body);
        calls.Enqueue(new ConnectorCall(method, kind, conversationId, activityId, body));
        return Results.Json(new { id = id ?? NewId() });
    }

    private static IResult Refused(int status) => Results.Json(
        status switch
        {
            StatusCodes.Status403Forbidden => new { error = new { code = "ConversationBlockedByUser", message = "User blocked the conversation with the bot. (MessageWritesBlocked)" } },
            StatusCodes.Status404NotFound => new { error = new { code = "ConversationNotFound", message = "Conversation not found." } },
            _ => new { error = new { code = "InternalServerError", message = "Something went wrong" } },
        },
        statusCode: status);

    private sealed class FaultResult(int status, int? retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (retryAfterSeconds is { } seconds)
            {
                httpContext.Response.Headers.RetryAfter = seconds.ToString();
            }

            return httpContext.Response.WriteAsJsonAsync(new { error = new { code = "Throttled", message = "Try again later" } });
        }
    }

    private string NewId() => "activity-" + Interlocked.Increment(ref nextId);

    private static object Account(TestUser user) => new
    {
        id = user.Id,
        name = user.Name,
        aadObjectId = user.AadObjectId,
        userPrincipalName = user.Upn,
        email = user.Upn,
        tenantId = (string?)null,
        userRole = "user",
    };
}
