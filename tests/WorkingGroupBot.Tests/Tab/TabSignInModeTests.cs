using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Tab;

/// <summary>How the tab signs people in is decided at start-up, and the local development identity can never be
/// active beside a real app id.</summary>
public sealed class TabSignInModeTests
{
    [Fact]
    public async Task The_development_identity_is_refused_at_start_up_when_an_app_id_is_configured()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BotHost.StartAsync(
            Azurite.Shared.ConnectionString,
            "--Reminders:Enabled", "false",
            "--MicrosoftAppId", Guid.NewGuid().ToString(),
            "--Tab:DevelopmentUser", $"{Guid.NewGuid()}/{Guid.NewGuid()}"));

        Assert.Contains("Tab:DevelopmentUser", failure.Message);
    }

    [Fact]
    public async Task Without_an_app_id_or_a_development_identity_every_tab_call_is_a_401()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString, "--Reminders:Enabled", "false");
        var world = new TeamsWorld(connector);
        await new PlanDriver(bot, connector, world).SetUpAsync();

        using var answer = await bot.Http.GetAsync($"{bot.Url}/api/tab/groups/{Uri.EscapeDataString(world.TeamId)}");
        var mode = await bot.Http.GetStringAsync($"{bot.Url}/api/tab/texts");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains("\"mode\":\"Off\"", mode);
    }

    [Fact]
    public async Task The_development_identity_reads_its_groups_without_a_token_and_only_its_own()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var world = new TeamsWorld(connector);
        var other = new TeamsWorld(connector);
        await using var bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString,
            "--Reminders:Enabled", "false",
            "--Tab:DevelopmentUser", $"{world.TenantId}/{world.Janis.AadObjectId}");
        await new PlanDriver(bot, connector, world).SetUpAsync();
        await new PlanDriver(bot, connector, other).SetUpAsync();

        var groups = await bot.Http.GetStringAsync($"{bot.Url}/api/tab/groups");
        using var theirs = await bot.Http.GetAsync($"{bot.Url}/api/tab/groups/{Uri.EscapeDataString(world.TeamId)}");
        using var notTheirs = await bot.Http.GetAsync($"{bot.Url}/api/tab/groups/{Uri.EscapeDataString(other.TeamId)}");

        Assert.Contains(world.TeamId, groups);
        Assert.DoesNotContain(other.TeamId, groups);
        Assert.Equal(System.Net.HttpStatusCode.OK, theirs.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, notTheirs.StatusCode);
    }
}
