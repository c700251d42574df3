using System.Net;
using WorkingGroupBot.Hosting;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Deployment;

/// <summary>
/// The platform's probes: liveness answers while the process runs; readiness (and /healthz) only while the tables
/// answer, so a load balancer sends nothing to an instance that could only say "try again".
/// </summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Liveness_stays_up_while_readiness_follows_the_tables()
    {
        await using var azurite = await StoppableAzurite.StartAsync();
        await using var bot = await BotHost.StartAsync(azurite.ConnectionString, "--Reminders:Enabled", "false");
        async Task<HttpStatusCode> GetAsync(string path) => (await bot.Http.GetAsync(bot.Url + path)).StatusCode;

        Assert.Equal(HttpStatusCode.OK, await GetAsync(BotApplication.LivePath));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(BotApplication.ReadyPath));
        Assert.Equal(HttpStatusCode.OK, await GetAsync("/healthz"));

        await azurite.StopAsync();
        Assert.Equal(HttpStatusCode.OK, await GetAsync(BotApplication.LivePath));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await GetAsync(BotApplication.ReadyPath));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await GetAsync("/healthz"));

        await azurite.StartAgainAsync();
        Assert.Equal(HttpStatusCode.OK, await GetAsync(BotApplication.ReadyPath));
    }

    [Fact]
    public void An_https_endpoint_is_reached_with_entra_id_and_anything_else_as_a_connection_string()
    {
        var byIdentity = TableStorage.Client("https://wgbcesis.table.core.windows.net/");
        var byKey = TableStorage.Client("UseDevelopmentStorage=true");

        Assert.Equal("wgbcesis", byIdentity.AccountName);
        Assert.Equal("devstoreaccount1", byKey.AccountName);
    }
}
