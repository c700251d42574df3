using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Teams;

/// <summary>
/// With an app id the bot takes only the channel's tokens, checked by the SDK's real validation against a loopback
/// token service. Refused requests carry a team install, which would store a group and welcome the channel.
/// </summary>
public sealed class AuthenticationTests(AuthenticationTests.Fixture fixture) : IClassFixture<AuthenticationTests.Fixture>
{
    private const string AppId = "3f6b2a8e-5c1d-4e7f-9a0b-1c2d3e4f5a6b";

    private readonly ChannelTokenIssuer issuer = fixture.Issuer;
    private readonly LoopbackConnector connector = fixture.Connector;
    private ChannelToken Valid => new(AppId, connector.Url);

    [Fact]
    public Task A_request_without_a_token_is_401() => AssertRefusedAsync(null);

    [Fact]
    public Task A_bearer_value_that_is_not_a_jwt_is_401() => AssertRefusedAsync("not-a-jwt");

    [Fact]
    public Task A_token_signed_by_an_unknown_key_is_401() =>
        AssertRefusedAsync(issuer.Mint(Valid with { SignedWith = SigningKey.UnknownKey }));

    [Fact]
    public Task A_token_signed_by_a_key_endorsed_only_for_another_channel_is_401() =>
        AssertRefusedAsync(issuer.Mint(Valid with { SignedWith = SigningKey.WebChatKey }));

    [Fact]
    public Task A_token_for_another_app_is_401() =>
        AssertRefusedAsync(issuer.Mint(Valid with { Audience = Guid.NewGuid().ToString() }));

    [Fact]
    public Task A_token_from_another_issuer_is_401() =>
        AssertRefusedAsync(issuer.Mint(Valid with { Issuer = "https://login.example.com" }));

    [Fact]
    public Task An_expired_token_is_401() =>
        AssertRefusedAsync(issuer.Mint(Valid with { ExpiresIn = TimeSpan.FromMinutes(-10) })); // the SDK allows 5 min of skew

    [Fact]
    public Task A_token_for_another_service_url_is_401() =>
        AssertRefusedAsync(issuer.Mint(Valid with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }));

    [Fact]
    public async Task A_valid_channel_token_is_accepted()
    {
        var world = new TeamsWorld(connector);
        // Typing needs no call to the connector, which would need an Entra ID token this test cannot get.
        var typing = world.PersonalMessage(world.Anna, "").With("type", "typing").Without("text");

        var response = await fixture.Bot.SendAsync(typing, issuer.Mint(Valid));

        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
    }

    private async Task AssertRefusedAsync(string? bearerToken)
    {
        var world = new TeamsWorld(connector);

        var response = await fixture.Bot.SendAsync(world.TeamInstall(by: world.Anna), bearerToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var groups = fixture.Bot.Services.GetRequiredService<IGroupStore>();
        Assert.Null(await groups.FindAsync(new GroupKey(world.TenantId, world.TeamId), default));
        Assert.Empty(connector.Calls);
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public ChannelTokenIssuer Issuer { get; private set; } = null!;
        public LoopbackConnector Connector { get; private set; } = null!;
        public BotHost Bot { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Issuer = await ChannelTokenIssuer.StartAsync();
            Connector = await LoopbackConnector.StartAsync();
            Bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString, [.. Issuer.BotSettings(AppId), "--Reminders:Enabled", "false"]);
        }

        public async Task DisposeAsync()
        {
            // Any may be missing when start-up failed; the start-up error is the one worth reporting.
            if (Bot is not null)
            {
                await Bot.DisposeAsync();
            }

            if (Connector is not null)
            {
                await Connector.DisposeAsync();
            }

            if (Issuer is not null)
            {
                await Issuer.DisposeAsync();
            }
        }
    }
}
