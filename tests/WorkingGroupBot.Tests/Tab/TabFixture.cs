using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Tab;

/// <summary>
/// A bot host whose tab signs people in with Entra ID tokens from a local issuer (as Teams SSO would), beside its
/// loopback connector; groups are set up through /api/messages as Teams would.
/// </summary>
public sealed class TabFixture : IAsyncLifetime
{
    public const string Domain = "bot.example.lv";
    public static readonly string AppId = Guid.NewGuid().ToString();
    public static string Audience => $"api://{Domain}/{AppId}";

    public LoopbackConnector Connector { get; private set; } = null!;
    public EntraTokenIssuer Issuer { get; private set; } = null!;
    public BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        Issuer = await EntraTokenIssuer.StartAsync();
        Bot = await BotHost.StartAsync(
            Azurite.Shared.ConnectionString,
            "--Reminders:Enabled", "false",
            "--Bot:PublicUrl", $"https://{Domain}",
            "--Tab:ApplicationId", AppId,
            "--Tab:Instance", Issuer.Instance);
    }

    public string TokenFor(TeamsWorld world, TestUser user) => Issuer.Mint(new TabToken(world.TenantId, user.AadObjectId, Audience));

    public async Task<(int Status, JsonObject Body)> GetAsync(string path, string? token, string lang = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Bot.Url}/api/tab/{path}{(path.Contains('?') ? '&' : '?')}lang={lang}");
        return await SendAsync(request, token);
    }

    public async Task<(int Status, JsonObject Body)> PostAsync(string path, string? token, object body, string lang = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Bot.Url}/api/tab/{path}?lang={lang}") { Content = JsonContent.Create(body) };
        return await SendAsync(request, token);
    }

    public async Task<(int Status, JsonObject Body)> SendAsync(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Bot.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? []);
    }

    public async Task DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }

        if (Connector is not null)
        {
            await Connector.DisposeAsync();
        }
    }
}
