using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

[Collection(BotCollection.Name)]
public sealed class OverviewAndExportTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;

    private static System.Text.Json.Nodes.JsonObject Status(PlanDriver d, int number, string status) =>
        new() { ["verb"] = Verbs.SetStatus, ["group"] = d.World.TeamId, ["action"] = number, ["status"] = status, ["reason"] = "Nav telpu" };

    private async Task<PlanDriver> GroupWithSeveralActionsAsync()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld(people: 4));
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        await d.SetUpAsync();
        var a1 = PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Skolotāju seminārs", [janis], PlanDriver.Today.AddDays(1), "Speciālistu apmācība")).Card);
        var a2 = PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Ārstu seminārs", [liga], PlanDriver.Today.AddDays(2), "Speciālistu apmācība")).Card);
        var a3 = PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Bukleti; \"drošība\"", [janis, liga], PlanDriver.Today.AddDays(5), "Vecāku izglītošana")).Card);
        await d.CreateActionAsync(anna, "Datu apkopojums", [liga], PlanDriver.Today.AddDays(3), "Datu vākšana un analīze");
        await d.SendForgedAsync(janis, Status(d, a1, "Done"));
        await d.SendForgedAsync(liga, Status(d, a2, "Blocked"));
        await d.SendForgedAsync(janis, Status(d, a3, "InProgress"));
        return d;
    }

    [Fact]
    public async Task The_plan_overview_counts_actions_by_area_and_status_and_shows_who_does_what()
    {
        var d = await GroupWithSeveralActionsAsync();

        var overview = CardTexts.Of(await d.AskInChannelAsync(d.World.People[3], "plan", locale: "en-US"));

        Assert.Contains("Nothing is overdue, and every open action has someone responsible.", overview);
        Assert.Contains("Training of professionals\nblocked 1, done 1\n", overview); // empty counts are not shown
        Assert.Contains("Education of parents\nin progress 1\n", overview);
        Assert.Contains("Data collection and analysis\nopen 1\n", overview);
        Assert.Contains("Education of children\nNo actions yet", overview);
        Assert.DoesNotContain("Overdue", overview);
        Assert.Contains("Līga Ozola: 3 open, nearest Wed 4 Mar 2026", overview);
        Assert.Contains("Jānis Kalniņš: 1 open, nearest Sat 7 Mar 2026", overview);
        Assert.Contains("Pēteris Liepa: no open actions", overview);
    }

    [Fact]
    public async Task Actions_whose_responsible_members_left_the_group_count_as_unassigned()
    {
        var d = await GroupWithSeveralActionsAsync();
        d.World.Leave(d.World.Liga);
        await bot.DeliverAsync(d.World.TeamMembersRemoved(d.World.Anna, d.World.Liga));
        var members = bot.Services.GetRequiredService<IMemberStore>();
        Assert.False((await members.FindAsync(new GroupKey(d.World.TenantId, d.World.TeamId), d.World.Liga.AadObjectId, default))!.InRoster);

        var overview = CardTexts.Of(await d.AskInChannelAsync(d.World.Anna, "plan", locale: "en-US"));

        Assert.Contains("Behind", overview);
        Assert.Matches(@"No one responsible: #\d+ Ārstu seminārs, #\d+ Datu apkopojums", overview); // nearest deadline first
        Assert.DoesNotContain("Līga Ozola:", overview);
    }

    [Fact]
    public async Task A_chair_exports_the_plan_as_csv_for_excel_and_as_a_report()
    {
        var d = await GroupWithSeveralActionsAsync();

        var export = await d.AskInChannelAsync(d.World.Anna, "eksports");
        var urls = export["actions"]!.AsArray().Select(a => a!["url"]!.GetValue<string>()).ToList();
        Assert.All(urls, u => Assert.StartsWith("http://localhost:3978/exports/", u));

        var csvResponse = await bot.Http.GetAsync(bot.Url + new Uri(urls[0]).AbsolutePath);
        Assert.Equal("text/csv; charset=utf-8", csvResponse.Content.Headers.ContentType!.ToString());
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nr.;Joma;Nosaukums;Apraksts;Atbildīgie;Termiņš;Statuss;Kas to bloķē?", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("2;Speciālistu apmācība;Ārstu seminārs;;Līga Ozola;04.03.2026.;bloķēts;Nav telpu"));
        Assert.Contains(lines, l => l.Contains("\"Bukleti; \"\"drošība\"\"\";;Jānis Kalniņš, Līga Ozola"));

        var html = await bot.Http.GetStringAsync(bot.Url + new Uri(urls[1]).AbsolutePath);
        Assert.Contains("<h1>Prevencijas plāns: Cēsu novada sadarbības grupa</h1>", html);
        Assert.Contains("Bukleti; &quot;drošība&quot;", html);
        // The council report: the summary's numbers, the area that did not move, the charts, printable on A4.
        Assert.Contains("<td>1</td><td>1</td><td>1</td><td>1</td><td>0</td><td>0</td><td>4</td>", html);
        Assert.Matches(@"Izpildīti 1 \(no \d\d\.\d\d\.\d{4}\. līdz \d\d\.\d\d\.\d{4}\.\)<", html);
        Assert.Contains("Jomas, kurās vēl nav uzdevumu: Bērnu izglītošana, Sadarbības un rīcības procedūras, Sabiedrības informēšana", html);
        Assert.Contains("Jomas bez virzības šajā periodā: Datu vākšana un analīze", html);
        Assert.Contains("Nekas nav nokavēts.", html);
        Assert.Contains("<title id=\"progress-title\">Virzība pa jomām</title>", html);
        Assert.Equal(3, html.Split("href=\"#action-").Length - 1);
        Assert.Contains("Pašvaldības domei.", html);
        Assert.Contains("Lēmumi nav ierakstīti.", html);
        Assert.Contains("@page{size:A4", html);
    }

    [Fact]
    public async Task Export_before_the_plan_is_started_offers_to_start_it_not_links_that_lead_nowhere()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await bot.DeliverAsync(d.World.TeamInstall(by: d.World.Anna));

        var export = await d.AskInChannelAsync(d.World.Anna, "eksports");

        Assert.Contains("Sākt ar veidni", CardTexts.Of(export));
        Assert.DoesNotContain("/exports/", export.ToJsonString());
    }

    [Fact]
    public async Task Export_links_are_for_chairs_and_a_wrong_or_expired_token_gets_404()
    {
        var d = await GroupWithSeveralActionsAsync();
        await bot.DeliverAsync(d.World.ChannelMessage(d.World.Janis, "export"));
        Assert.Contains("tikai grupas vadītāji", fixture.Connector.MessagesTo(d.World.ChannelId)[^1].Text);

        var url = (await d.AskInChannelAsync(d.World.Anna, "export"))["actions"]![0]!["url"]!.GetValue<string>();
        var path = new Uri(url).AbsolutePath;
        var token = path.Split('/')[2];

        var wrongToken = token[..^1] + (token[^1] == '0' ? '1' : '0');
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync($"{bot.Url}/exports/{wrongToken}/plan.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync($"{bot.Url}/exports/not-a-token/plan.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync($"{bot.Url}/exports/{token}/secrets.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync(bot.Url + path)).StatusCode);
    }

    [Fact]
    public async Task A_chair_makes_another_member_chair_and_the_last_chair_cannot_step_down()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await bot.DeliverAsync(d.World.TeamInstall(by: d.World.Anna));
        var members = bot.Services.GetRequiredService<IMemberStore>();
        var group = new GroupKey(d.World.TenantId, d.World.TeamId);

        var card = await d.AskInChannelAsync(d.World.Anna, "dalībnieki");
        var alone = await d.PressAsync(d.World.Anna, card, Verbs.StepDown);
        Assert.Contains("vienīgais grupas vadītājs", alone.CardText);

        var forged = await d.SendForgedAsync(d.World.Janis, new() { ["verb"] = Verbs.MakeChair, ["group"] = d.World.TeamId, ["member"] = d.World.Janis.AadObjectId });
        Assert.Contains("tikai grupas vadītāji", forged.Text);
        Assert.False((await members.FindAsync(group, d.World.Janis.AadObjectId, default))!.IsChair);

        var promoted = await d.PressAsync(d.World.Anna, card, Verbs.MakeChair, x => x["member"]!.GetValue<string>() == d.World.Janis.AadObjectId);
        Assert.Contains("Jānis Kalniņš — vadītājs", promoted.CardText);
        await d.PressAsync(d.World.Anna, promoted.Card, Verbs.StepDown);

        var chairs = (await members.ListAsync(group, default)).Where(m => m.IsChair).Select(m => m.AadObjectId);
        Assert.Equal([d.World.Janis.AadObjectId], chairs);
    }

    [Fact]
    public async Task Two_chairs_stepping_down_at_once_leave_one_chair()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await bot.DeliverAsync(d.World.TeamInstall(by: d.World.Anna));
        await d.SendForgedAsync(d.World.Anna, new() { ["verb"] = Verbs.MakeChair, ["group"] = d.World.TeamId, ["member"] = d.World.Janis.AadObjectId });

        await Task.WhenAll(
            d.SendForgedAsync(d.World.Anna, new() { ["verb"] = Verbs.StepDown, ["group"] = d.World.TeamId }),
            d.SendForgedAsync(d.World.Janis, new() { ["verb"] = Verbs.StepDown, ["group"] = d.World.TeamId }));

        var members = await bot.Services.GetRequiredService<IMemberStore>().ListAsync(new GroupKey(d.World.TenantId, d.World.TeamId), default);
        Assert.Single(members, m => m.IsChair);
    }
}
