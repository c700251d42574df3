using System.Text;
using System.Text.Json.Nodes;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>Posts activities to a host the way Teams does and reads the answer.</summary>
public sealed class TeamsClient(string hostUrl) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(120),
    };

    /// <returns>The HTTP status and the body (for an invoke, the invoke response).</returns>
    public async Task<(int Status, string Body)> PostAsync(string path, JsonObject activity, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(hostUrl + path, content, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Fails the run unless the bot took the activity: setup must not go on from a broken state.</summary>
    public async Task<string> DeliverAsync(JsonObject activity)
    {
        var (status, body) = await PostAsync(BenchHost.MessagesPath, activity);
        return status is >= 200 and < 300 ? body : throw new InvalidOperationException($"/api/messages answered {status} to a {activity["type"]}");
    }

    public void Dispose() => http.Dispose();
}
