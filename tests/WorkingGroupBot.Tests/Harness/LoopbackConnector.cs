using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
    private int nextId;

    private LoopbackConnector(WebApplication app)
    {
        this.app = app;
        Map(app);
    }

    public string Url { get; private set; } = "";

    public IReadOnlyList<ConnectorCall> Calls => calls.ToArray();

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new LoopbackConnector(builder.Build());
        await connector.app.StartAsync();
        connector.Url = connector.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
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
            Record("POST", ConnectorCall.Reply, conversationId, activityId, body));
        web.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject body) =>
            Record("POST", ConnectorCall.Send, conversationId, null, body));
        web.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject body) =>
            Record("PUT", ConnectorCall.Update, conversationId, activityId, body, activityId));
        web.MapPost("/v3/conversations", (JsonObject body) =>
        {
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

    private IResult Record(string method, string kind, string conversationId, string? activityId, JsonObject body, string? id = null)
    {
        calls.Enqueue(new ConnectorCall(method, kind, conversationId, activityId, body));
        return Results.Json(new { id = id ?? NewId() });
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
