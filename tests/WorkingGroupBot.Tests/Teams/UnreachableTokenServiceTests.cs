using System.Net;
using System.Net.Sockets;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Teams;

/// <summary>
/// The channel's signing keys cannot be fetched (the OpenID metadata endpoint is down since start-up): a well-formed
/// token can be neither trusted nor refused, so the bot says "try again later" (503 with Retry-After), never a 500.
/// </summary>
public sealed class UnreachableTokenServiceTests
{
    private const string AppId = "7c1e4b2a-9d3f-4a6b-8e5c-2f1a0b9c8d7e";

    [Fact]
    public async Task A_well_formed_token_while_the_metadata_endpoint_is_down_is_503_with_retry_after()
    {
        await using var issuer = await ChannelTokenIssuer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = issuer.BotSettings(AppId).ToArray();
        settings[Array.IndexOf(settings, "--ToBotFromChannelOpenIdMetadataUrl") + 1] = $"https://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration";
        await using var bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString, [.. settings, "--Reminders:Enabled", "false"]);
        var world = new TeamsWorld(connector);

        var response = await bot.SendAsync(world.PersonalMessage(world.Anna, "help"), issuer.Mint(new ChannelToken(AppId, connector.Url)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(connector.Calls);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
