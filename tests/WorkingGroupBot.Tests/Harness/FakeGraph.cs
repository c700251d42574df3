using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// Microsoft Graph's calendar on 127.0.0.1, as the bot uses it (create an event, list a series' instances, patch and
/// cancel): records every request and can answer the next ones with 429 or 503, as Graph does when throttling. One
/// per test class (each is a web server); <see cref="Reset"/> before each test.
/// </summary>
public sealed class FakeGraph : IAsyncLifetime
{
    public const string Organizer = "sanaksmes@example.lv";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<GraphRequest> requests = new();
    private readonly ConcurrentQueue<(int Status, int RetryAfterSeconds)> faults = new();
    private int created;

    public FakeGraph()
    {
        app = Loopback.NewServer();
        app.Run(AnswerAsync);
    }

    /// <summary>What the bot's Graph:BaseUrl is set to.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request so far, failed ones included.</summary>
    public IReadOnlyList<GraphRequest> Requests => requests.ToArray();

    /// <summary>Events created (answered 201), not counting attempts refused with a fault.</summary>
    public int Created => created;

    public static string JoinUrlOf(string eventId) => $"https://teams.microsoft.com/l/meetup-join/{eventId}";

    /// <summary>The id of the instance planned at that start (UTC), as the fake answers it.</summary>
    public static string InstanceId(DateTimeOffset start) => $"instance-{start.UtcDateTime:yyyyMMddHHmm}";

    public async Task InitializeAsync()
    {
        await app.StartAsync();
        BaseUrl = Loopback.UrlOf(app) + "/v1.0";
    }

    /// <summary>Forgets the requests, faults and events so far: a test starts from a fresh calendar.</summary>
    public void Reset()
    {
        requests.Clear();
        faults.Clear();
        Interlocked.Exchange(ref created, 0);
    }

    /// <summary>The bot's settings that send invitations to this fake.</summary>
    public string[] Settings() =>
        ["--Graph:Enabled", "true", "--Graph:Organizer", Organizer, "--Graph:BaseUrl", BaseUrl];

    /// <summary>The next <paramref name="count"/> requests are answered with the status (429, 503) and
    /// Retry-After.</summary>
    public void FailNext(int count, int status, int retryAfterSeconds = 0)
    {
        for (var i = 0; i < count; i++)
        {
            faults.Enqueue((status, retryAfterSeconds));
        }
    }

    /// <summary>Answers normally again (the faults not yet met are dropped).</summary>
    public void Heal() => faults.Clear();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task AnswerAsync(HttpContext http)
    {
        var request = http.Request;
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        var body = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;

        var path = request.Path.Value ?? "";
        requests.Enqueue(
            new GraphRequest(
                request.Method,
                Uri.UnescapeDataString(path),
                request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
                body,
                request.Headers.Authorization.ToString()
            )
        );
        if (faults.TryDequeue(out var fault))
        {
            http.Response.StatusCode = fault.Status;
            http.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
            await http.Response.WriteAsJsonAsync(
                new { error = new { code = "Throttled", message = "Try again later" } }
            );
            return;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (request.Method, segments)
        {
            case ("POST", ["v1.0", "users", _, "events"]):
                var id = "event-" + Interlocked.Increment(ref created);
                http.Response.StatusCode = StatusCodes.Status201Created;
                body!["id"] = id;
                body["onlineMeeting"] = new JsonObject { ["joinUrl"] = JoinUrlOf(id) };
                await http.Response.WriteAsJsonAsync(body);
                return;
            case ("GET", ["v1.0", "users", _, "events", _, "instances"]):
                var start = DateTimeOffset.Parse(
                    request.Query["startDateTime"]!,
                    System.Globalization.CultureInfo.InvariantCulture
                );
                var instance = new JsonObject
                {
                    ["id"] = InstanceId(start),
                    ["originalStart"] = start.UtcDateTime.ToString("O"),
                    ["start"] = new JsonObject { ["dateTime"] = start.UtcDateTime.ToString("s"), ["timeZone"] = "UTC" },
                };
                await http.Response.WriteAsJsonAsync(new JsonObject { ["value"] = new JsonArray(instance) });
                return;
            case ("PATCH", ["v1.0", "users", _, "events", var patched]):
                await http.Response.WriteAsJsonAsync(new JsonObject { ["id"] = patched });
                return;
            case ("POST", ["v1.0", "users", _, "events", _, "cancel"]):
                http.Response.StatusCode = StatusCodes.Status202Accepted;
                return;
            default:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                await http.Response.WriteAsJsonAsync(
                    new { error = new { code = "ErrorItemNotFound", message = path } }
                );
                return;
        }
    }

    /// <summary>A token for Graph without Entra ID, put in place of the managed identity.</summary>
    public sealed class Credential : TokenCredential
    {
        public const string Token = "fake-graph-token";

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(Token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(
            TokenRequestContext requestContext,
            CancellationToken cancellationToken
        ) => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}

/// <summary>One request the bot made to Graph: the path without /v1.0's host, the query, the JSON body.</summary>
public sealed record GraphRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    JsonObject? Body,
    string Authorization
);
