using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Exports;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Chaos;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Links;

/// <summary>Link rows that expired are deleted; while storage is down a link answers 503, to be tried again.</summary>
public sealed class LinkLifetimeTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private static List<string> ExportsOn(System.Text.Json.Nodes.JsonObject card) =>
        card["actions"]!.AsArray().Select(a => new Uri(a!["url"]!.GetValue<string>()).AbsolutePath).ToList();

    private static async Task<bool> IsStoredAsync(BotHost bot, string exportPath) =>
        (await bot.Services.GetRequiredService<TableStorage>().Links.GetEntityIfExistsAsync<TableEntity>(exportPath.Split('/')[2], "link")).HasValue;

    [Fact]
    public async Task An_expired_export_link_is_deleted_by_the_request_that_meets_it()
    {
        await using var bot = await fixture.StartHostAsync();
        var d = new PlanDriver(bot, fixture.Connector, new TeamsWorld(fixture.Connector));
        await d.SetUpAsync();
        var csv = ExportsOn(await d.AskInChannelAsync(d.World.Anna, "eksports"))[0];

        bot.Clock.Advance(ExportHandler.LinkLifetime);

        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(bot.Url + csv)).StatusCode);
        Assert.False(await IsStoredAsync(bot, csv));
    }

    [Fact]
    public async Task Expired_export_links_nobody_opens_are_deleted_by_the_background_sweep()
    {
        await using var bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString, "--Tables:TablePrefix", ReminderFixture.NewTablePrefix());
        var d = new PlanDriver(bot, fixture.Connector, new TeamsWorld(fixture.Connector));
        await d.SetUpAsync();
        var csv = ExportsOn(await d.AskInChannelAsync(d.World.Anna, "eksports"))[0];

        bot.Clock.Advance(ExportHandler.LinkLifetime + TimeSpan.FromMinutes(1)); // the sweep runs every minute
        for (var i = 0; i < 100 && await IsStoredAsync(bot, csv); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(await IsStoredAsync(bot, csv));
    }

    [Fact]
    public async Task While_storage_is_stopped_calendar_and_export_links_answer_503_with_retry_after()
    {
        await using var azurite = await StoppableAzurite.StartAsync();
        await using var bot = await BotHost.StartAsync(azurite.ConnectionString, ChaosSettings.Quiet("--Reminders:Enabled", "false"));
        var d = new PlanDriver(bot, fixture.Connector, new TeamsWorld(fixture.Connector));
        await d.SetUpAsync();
        var card = await d.AskPersonallyAsync(d.World.Anna, "kalendārs");
        var feed = card["body"]!.AsArray().Select(b => b!["text"]?.GetValue<string>()).First(t => t?.EndsWith(".ics") == true)!;
        var csv = ExportsOn(await d.AskInChannelAsync(d.World.Anna, "eksports"))[0];

        await azurite.StopAsync();

        foreach (var path in (string[])[new Uri(feed).AbsolutePath, csv])
        {
            using var response = await bot.Http.GetAsync(bot.Url + path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("Mēģiniet vēlreiz", await response.Content.ReadAsStringAsync());
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        }
    }
}
