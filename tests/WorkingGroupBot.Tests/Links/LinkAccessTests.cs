using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Links;

/// <summary>Calendar and export links work only while the access they were given with stands.</summary>
[Collection(BotCollection.Name)]
public sealed class LinkAccessTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;

    /// <summary>The feed links a calendar card shows: the caller's own, then (for a chair) the group's.</summary>
    private static List<string> FeedsOn(JsonObject card) => card["body"]!.AsArray()
        .Select(b => b!["text"]?.GetValue<string>()).OfType<string>().Where(t => t.EndsWith(".ics", StringComparison.Ordinal))
        .Select(t => new Uri(t).AbsolutePath).ToList();

    private static List<string> ExportsOn(JsonObject card) =>
        card["actions"]!.AsArray().Select(a => new Uri(a!["url"]!.GetValue<string>()).AbsolutePath).ToList();

    private async Task<HttpStatusCode> StatusOfAsync(string path) => (await bot.Http.GetAsync(bot.Url + path)).StatusCode;

    private async Task<PlanDriver> GroupAsync()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        return d;
    }

    /// <summary>Anyone with a feed link can read it, so asked in a channel the links go to the caller's personal chat.</summary>
    [Fact]
    public async Task Calendar_asked_in_the_channel_sends_the_links_to_the_personal_chat_and_posts_no_link_there()
    {
        var d = await GroupAsync();
        var anna = d.World.Anna;

        await bot.DeliverAsync(d.World.ChannelMessage(anna, "kalendārs"));

        var inChannel = fixture.Connector.MessagesTo(d.World.ChannelId);
        Assert.Contains("Kalendāra saites nosūtīju mūsu personīgajā sarakstē", inChannel[^1].Text);
        Assert.DoesNotContain(inChannel, m => (m.Text + m.CardText).Contains(".ics", StringComparison.Ordinal));
        var personal = fixture.Connector.MessagesTo(LoopbackConnector.OpenedChatWith(anna))
            .Concat(fixture.Connector.MessagesTo(TeamsWorld.PersonalChatId(anna)))
            .Last(m => m.Card is not null);
        Assert.Equal(2, FeedsOn(personal.Card!).Count); // her own feed and, as a chair, the group's
    }

    [Fact]
    public async Task A_member_who_left_the_team_gets_404_from_their_personal_feed()
    {
        var d = await GroupAsync();
        var feed = Assert.Single(FeedsOn(await d.AskPersonallyAsync(d.World.Janis, "kalendārs")));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(feed));

        d.World.Leave(d.World.Janis);
        await bot.DeliverAsync(d.World.TeamMembersRemoved(d.World.Anna, d.World.Janis));

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(feed));
    }

    [Fact]
    public async Task After_the_bot_is_removed_from_the_team_the_group_feed_and_the_export_links_get_404()
    {
        var d = await GroupAsync();
        var groupFeed = FeedsOn(await d.AskPersonallyAsync(d.World.Anna, "kalendārs"))[1];
        var exports = ExportsOn(await d.AskInChannelAsync(d.World.Anna, "eksports"));
        string[] links = [groupFeed, .. exports];
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(link));
        }

        await bot.DeliverAsync(d.World.TeamUninstall(d.World.Anna));

        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(link));
        }
    }

    [Fact]
    public async Task An_export_link_stops_when_its_chair_steps_down()
    {
        var d = await GroupAsync();
        await d.SendForgedAsync(d.World.Anna, new() { ["verb"] = Verbs.MakeChair, ["group"] = d.World.TeamId, ["member"] = d.World.Janis.AadObjectId });
        var csv = ExportsOn(await d.AskInChannelAsync(d.World.Anna, "eksports"))[0];
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(csv));

        await d.SendForgedAsync(d.World.Anna, new() { ["verb"] = Verbs.StepDown, ["group"] = d.World.TeamId });

        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(csv));
    }

    [Fact]
    public async Task Two_renewals_at_once_then_a_revocation_leave_no_feed_of_the_member_working_or_stored()
    {
        var d = await GroupAsync();
        var janis = d.World.Janis;
        var links = bot.Services.GetRequiredService<TableStorage>().Links;
        for (var round = 0; round < 10; round++)
        {
            var card = await d.AskPersonallyAsync(janis, "kalendārs");
            var renewed = await Task.WhenAll(d.PressAsync(janis, card, Verbs.RenewFeed), d.PressAsync(janis, card, Verbs.RenewFeed));
            List<string> feeds = [.. FeedsOn(card), .. renewed.SelectMany(r => FeedsOn(r.Card))];

            await d.PressAsync(janis, renewed[0].Card, Verbs.RevokeFeed);

            foreach (var feed in feeds)
            {
                Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(feed));
            }

            var stored = links.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"TenantId eq {d.World.TenantId} and Person eq {janis.AadObjectId}"));
            Assert.Empty(await stored.ToListAsync());
        }
    }

    [Fact]
    public async Task Link_answers_are_not_cached_nor_sniffed_send_no_referrer_and_the_report_opens_in_the_browser_under_a_strict_policy()
    {
        var d = await GroupAsync();
        var feed = FeedsOn(await d.AskPersonallyAsync(d.World.Anna, "kalendārs"))[0];
        var exports = ExportsOn(await d.AskInChannelAsync(d.World.Anna, "eksports"));

        foreach (var path in (string[])[feed, .. exports, "/calendar/0123456789abcdef0123456789abcdef0123456789abcdef.ics"])
        {
            using var response = await bot.Http.GetAsync(bot.Url + path);
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }

        using var report = await bot.Http.GetAsync(bot.Url + exports[1]);
        Assert.Null(report.Content.Headers.ContentDisposition);
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline'", Assert.Single(report.Headers.GetValues("Content-Security-Policy")));
        using var csv = await bot.Http.GetAsync(bot.Url + exports[0]);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
    }
}
