using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Tab;

/// <summary>
/// The tab's API as Teams would call it: with the SSO token of a person, for the group of the channel or of the
/// personal tab. Data only for a valid token, only of the caller's groups, and changes only as the cards allow.
/// </summary>
public sealed class TabApiTests(TabFixture tab) : IClassFixture<TabFixture>
{
    private BotHost Bot => tab.Bot;

    /// <summary>A team with four actions: #1 done, #2 overdue (Līga), #3 due soon (Jānis, Līga), #4 in 40 days.</summary>
    private async Task<(PlanDriver Driver, int[] Numbers)> GroupAsync()
    {
        var d = new PlanDriver(Bot, tab.Connector, new TeamsWorld(tab.Connector, people: 4));
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        await d.SetUpAsync();
        var today = Today();
        int[] numbers =
        [
            PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Skolotāju seminārs", [janis], today.AddDays(1), "Speciālistu apmācība")).Card),
            PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Ārstu seminārs", [liga], today.AddDays(1), "Speciālistu apmācība")).Card),
            PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Bukleti vecākiem", [janis, liga], today.AddDays(5), "Vecāku izglītošana")).Card),
            PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Datu apkopojums", [liga], today.AddDays(40), "Datu vākšana un analīze")).Card),
        ];
        Bot.Clock.Advance(TimeSpan.FromMinutes(5));
        var done = await tab.PostAsync($"groups/{Uri.EscapeDataString(d.World.TeamId)}/actions/{numbers[0]}/status", tab.TokenFor(d.World, janis), new { status = "Done" });
        Assert.Equal(200, done.Status);
        Bot.Clock.Advance(TimeSpan.FromDays(3));
        return (d, numbers);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Bot.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga")).DateTime);

    private static string GroupPath(PlanDriver d) => "groups/" + Uri.EscapeDataString(d.World.TeamId);

    [Fact]
    public async Task A_valid_token_gets_the_groups_and_a_dashboard_whose_numbers_are_the_stored_plans()
    {
        var (d, numbers) = await GroupAsync();
        var token = tab.TokenFor(d.World, d.World.Anna);

        var groups = await tab.GetAsync("groups", token);
        var dashboard = await tab.GetAsync(GroupPath(d), token);

        Assert.Equal(200, groups.Status);
        Assert.Equal(d.World.TeamId, Assert.Single(groups.Body["groups"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(200, dashboard.Status);
        var body = dashboard.Body;
        var stored = await Bot.Services.GetRequiredService<IPlanStore>().ReadAsync(new GroupKey(d.World.TenantId, d.World.TeamId), new PlanReads(AllActions: true), default);
        var counts = body["statuses"]!.AsArray().ToDictionary(s => s!["css"]!.GetValue<string>(), s => s!["count"]!.GetValue<int>());
        Assert.Equal(stored.Actions.Count(a => a.Status == ActionStatus.Done), counts["done"]);
        Assert.Equal(stored.Actions.Count(a => a.Status == ActionStatus.Open), counts["open"]);
        Assert.Equal((1, 3), (counts["done"], counts["open"]));
        Assert.Equal(stored.Actions.Count(a => a.IsOverdue(Today())), body["overdue"]!.GetValue<int>());
        Assert.Equal(1, body["overdue"]!.GetValue<int>());
        var training = body["areas"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "Training of professionals")!;
        Assert.Equal((2, 1), (training["total"]!.GetValue<int>(), training["overdue"]!.GetValue<int>()));
        Assert.Equal(numbers[1..], body["timeline"]!.AsArray().Select(a => a!["number"]!.GetValue<int>()));
        Assert.StartsWith("Līga Ozola: 1 overdue", Assert.Single(body["behind"]!.AsArray())!.GetValue<string>());
        var rows = body["matrix"]!["rows"]!.AsArray();
        Assert.Equal(["Līga Ozola", "Jānis Kalniņš"], rows.Select(r => r!["name"]!.GetValue<string>()));
        Assert.Equal((3, 1), (rows[0]!["unfinished"]!.GetValue<int>(), rows[0]!["overdue"]!.GetValue<int>()));
        Assert.Empty(body["mine"]!.AsArray());
        Assert.Empty(body["noOne"]!.AsArray());
        Assert.Equal(5, body["changes"]!.AsArray().Count);
        Assert.Contains("Jānis Kalniņš set #" + numbers[0], body["changes"]![0]!["text"]!.GetValue<string>());
        var timeline = body["charts"]!["timeline"]!.GetValue<string>();
        Assert.Equal(3, timeline.Split("href=\"#action-").Length - 1);
        Assert.Contains("<title id=\"progress-title\">Progress by area</title>", body["charts"]!["progress"]!.GetValue<string>());
        Assert.Empty(body["institutions"]!.AsArray());
        Assert.Empty(body["away"]!.AsArray());
    }

    /// <summary>A chair adds an institution from the members card, as a chair does in the personal chat.</summary>
    private static async Task AddInstitutionAsync(PlanDriver d, TextKey kind, TestUser[] representatives, TestUser? deputy)
    {
        var members = await d.AskPersonallyAsync(d.World.Anna, "dalībnieki");
        var list = await d.PressAsync(d.World.Anna, members, Verbs.Institutions);
        var saved = await d.PressAsync(d.World.Anna, list.Card, Verbs.SaveInstitution, null,
            (InstitutionsCard.Kind, kind.ToString()),
            (InstitutionsCard.Representatives, string.Join(',', representatives.Select(r => r.AadObjectId))),
            (InstitutionsCard.Deputy, deputy?.AadObjectId ?? ""));
        Assert.Contains("Saglabāts", saved.CardText);
    }

    /// <summary>A member sets their own time away from the members card.</summary>
    private async Task SetAwayAsync(PlanDriver d, TestUser who, int days)
    {
        var members = await d.AskPersonallyAsync(who, "dalībnieki");
        var form = await d.PressAsync(who, members, Verbs.Absences);
        var saved = await d.PressAsync(who, form.Card, Verbs.SetAbsence, null,
            (AbsenceCard.From, Today().ToString("yyyy-MM-dd")), (AbsenceCard.To, Today().AddDays(days).ToString("yyyy-MM-dd")));
        Assert.Contains("prombūtnē no", saved.CardText);
    }

    [Fact]
    public async Task The_dashboard_lists_the_institutions_in_their_order_with_their_people_and_actions_and_who_is_away_with_who_covers()
    {
        var (d, _) = await GroupAsync();
        var (anna, janis, liga, peteris) = (d.World.Anna, d.World.Janis, d.World.Liga, d.World.People[3]);
        await AddInstitutionAsync(d, TextKey.InstitutionSocialService, [peteris], null);
        await AddInstitutionAsync(d, TextKey.InstitutionOrphansCourt, [liga], janis);
        await SetAwayAsync(d, liga, 5);
        await SetAwayAsync(d, peteris, 2);

        var en = (await tab.GetAsync(GroupPath(d), tab.TokenFor(d.World, janis))).Body;
        var lv = (await tab.GetAsync(GroupPath(d), tab.TokenFor(d.World, janis), lang: "lv")).Body;

        // Līga's: #2 (overdue), #3 and #4 unfinished; Pēteris has none.
        var institutions = en["institutions"]!.AsArray();
        Assert.Equal(["Orphan's court", "Social service"], institutions.Select(i => i!["name"]!.GetValue<string>()));
        var court = institutions[0]!;
        Assert.Equal((3, 1), (court["unfinished"]!.GetValue<int>(), court["overdue"]!.GetValue<int>()));
        Assert.Equal(("Representatives: Līga Ozola", "Deputy: Jānis Kalniņš", "3 unfinished · ⚠ 1 overdue"),
            (court["representatives"]!.GetValue<string>(), court["deputy"]!.GetValue<string>(), court["load"]!.GetValue<string>()));
        Assert.Equal(("Deputy: —", "0 unfinished"), (institutions[1]!["deputy"]!.GetValue<string>(), institutions[1]!["load"]!.GetValue<string>()));
        Assert.Equal(["Bāriņtiesa", "Sociālais dienests"], lv["institutions"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Equal("nepabeigti: 3 · ⚠ nokavēti: 1", lv["institutions"]![0]!["load"]!.GetValue<string>());

        // A representative's deputy covers for them; with no deputy, a chair does.
        var away = en["away"]!.AsArray().ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!);
        Assert.Equal(["Līga Ozola", "Pēteris Liepa"], away.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Jānis Kalniņš", away["Līga Ozola"]["cover"]!.GetValue<string>());
        Assert.Equal("Anna Bērziņa", away["Pēteris Liepa"]["cover"]!.GetValue<string>());
        var until = Formats.Date(TextSet.For(Language.English), Today().AddDays(5));
        Assert.Equal(until, away["Līga Ozola"]["until"]!.GetValue<string>());
        Assert.Equal($"Līga Ozola until {until} (reminders to Jānis Kalniņš)", away["Līga Ozola"]["text"]!.GetValue<string>());
        var lvUntil = Formats.Date(TextSet.For(Language.Latvian), Today().AddDays(5));
        Assert.Contains($"Līga Ozola līdz {lvUntil} (atgādinājumus saņem Jānis Kalniņš)",
            lv["away"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()));
        var labels = (await tab.GetAsync("texts", null, lang: "lv")).Body["labels"]!;
        Assert.Equal(("Pa iestādēm", "Šodien prombūtnē"), (labels["PlanByInstitution"]!.GetValue<string>(), labels["DashAway"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_dashboard_is_in_the_readers_language_and_lists_their_own_actions_with_the_buttons_a_card_gives()
    {
        var (d, numbers) = await GroupAsync();

        var liga = (await tab.GetAsync(GroupPath(d), tab.TokenFor(d.World, d.World.Liga), lang: "lv")).Body;

        Assert.Equal("Plāns pārskatāmi", (await tab.GetAsync("texts", null, lang: "lv")).Body["labels"]!["DashTitle"]!.GetValue<string>());
        Assert.Equal(numbers[1..], liga["mine"]!.AsArray().Select(a => a!["number"]!.GetValue<int>()));
        var overdue = liga["mine"]![0]!;
        Assert.True(overdue["overdue"]!.GetValue<bool>());
        Assert.StartsWith("⚠ Nokavēts 2 dienas", overdue["due"]!.GetValue<string>());
        Assert.Equal(["Done", "InProgress", "Blocked"], overdue["moves"]!.AsArray().Select(m => m!["status"]!.GetValue<string>()));
        Assert.True(overdue["canNote"]!.GetValue<bool>());
        Assert.Contains("Virzība pa jomām", liga["charts"]!["progress"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_next_meetings_come_with_their_agendas_from_the_plan()
    {
        var (d, numbers) = await GroupAsync();
        var form = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        var schedule = await d.PressAsync(d.World.Anna, form, WorkingGroupBot.Conversations.Verbs.ScheduleMeeting);
        await d.PressAsync(d.World.Anna, schedule.Card, WorkingGroupBot.Conversations.Verbs.CreateMeeting, null,
            (WorkingGroupBot.Meetings.MeetingForm.Title, "Sadarbības grupas sanāksme"),
            (WorkingGroupBot.Meetings.MeetingForm.FirstDate, Today().AddDays(7).ToString("yyyy-MM-dd")),
            (WorkingGroupBot.Meetings.MeetingForm.Start, "10:00"),
            (WorkingGroupBot.Meetings.MeetingForm.Duration, "90"),
            (WorkingGroupBot.Meetings.MeetingForm.Place, "Domes zāle"),
            (WorkingGroupBot.Meetings.MeetingForm.Recurrence, WorkingGroupBot.Meetings.MeetingForm.MonthlyNthWeekday),
            (WorkingGroupBot.Meetings.MeetingForm.Interval, "1"),
            (WorkingGroupBot.Meetings.MeetingForm.Notices, "1d"));

        var meetings = (await tab.GetAsync(GroupPath(d), tab.TokenFor(d.World, d.World.Janis))).Body["meetings"]!.AsArray();

        Assert.Equal(DashboardJsonMaxMeetings, meetings.Count);
        var first = meetings[0]!;
        Assert.Equal(("Sadarbības grupas sanāksme", "Domes zāle"), (first["title"]!.GetValue<string>(), first["place"]!.GetValue<string>()));
        Assert.EndsWith("10:00", first["when"]!.GetValue<string>());
        var training = first["agenda"]!.AsArray().Single(s => s!["title"]!.GetValue<string>() == "Training of professionals")!;
        Assert.StartsWith($"Overdue: #{numbers[1]} Ārstu seminārs", training["lines"]![0]!.GetValue<string>());
    }

    private const int DashboardJsonMaxMeetings = WorkingGroupBot.Dashboard.DashboardJson.MaxMeetings;

    public static TheoryData<string> BadTokens => ["wrong audience", "another tenant's issuer", "expired", "unsigned", "unknown key", "no scope", "tampered", "none"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_that_fails_any_check_is_a_401_and_reads_nothing(string kind)
    {
        var world = new TeamsWorld(tab.Connector);
        var d = new PlanDriver(Bot, tab.Connector, world);
        await d.SetUpAsync();
        var good = new TabToken(world.TenantId, world.Anna.AadObjectId, TabFixture.Audience);
        var token = kind switch
        {
            "wrong audience" => tab.Issuer.Mint(good with { Audience = "api://elsewhere.example/" + TabFixture.AppId }),
            "another tenant's issuer" => tab.Issuer.Mint(good with { Issuer = tab.Issuer.IssuerOf(Guid.NewGuid().ToString()) }),
            "expired" => tab.Issuer.Mint(good with { ExpiresIn = TimeSpan.FromMinutes(-10) }),
            "unsigned" => tab.Issuer.Mint(good with { Unsigned = true }),
            "unknown key" => tab.Issuer.Mint(good with { UnknownKey = true }),
            "no scope" => tab.Issuer.Mint(good with { Scope = "User.Read" }),
            "tampered" => tab.Issuer.Tampered(good with { AadObjectId = Guid.NewGuid().ToString() }, world.Anna.AadObjectId),
            _ => null,
        };

        var groups = await tab.GetAsync("groups", token);
        var dashboard = await tab.GetAsync(GroupPath(d), token);

        Assert.Equal((401, 401), (groups.Status, dashboard.Status));
        Assert.Null(dashboard.Body["group"]);
        Assert.Equal("You could not be signed in. Open the tab in Teams, or reload it.", dashboard.Body["error"]!.GetValue<string>());
        Assert.Equal(200, (await tab.GetAsync(GroupPath(d), tab.TokenFor(world, world.Anna))).Status);
    }

    [Fact]
    public async Task Another_tenants_token_and_a_member_of_another_group_see_nothing_of_the_group()
    {
        var (d, numbers) = await GroupAsync();
        var other = new PlanDriver(Bot, tab.Connector, new TeamsWorld(tab.Connector));
        await other.SetUpAsync();
        var sameIdOtherTenant = tab.Issuer.Mint(new TabToken(Guid.NewGuid().ToString(), d.World.Anna.AadObjectId, TabFixture.Audience));
        var memberOfB = tab.TokenFor(other.World, other.World.Anna);

        Assert.Empty((await tab.GetAsync("groups", sameIdOtherTenant)).Body["groups"]!.AsArray());
        Assert.Equal(404, (await tab.GetAsync(GroupPath(d), sameIdOtherTenant)).Status);
        var asked = await tab.GetAsync(GroupPath(d), memberOfB);
        Assert.Equal(404, asked.Status);
        Assert.Null(asked.Body["group"]);
        var changed = await tab.PostAsync($"{GroupPath(d)}/actions/{numbers[1]}/status", memberOfB, new { status = "Done" });
        Assert.Equal(404, changed.Status);
        var unchanged = await tab.GetAsync(GroupPath(d), tab.TokenFor(d.World, d.World.Anna));
        Assert.Equal(3, unchanged.Body["statuses"]!.AsArray().Single(s => s!["css"]!.GetValue<string>() == "open")!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_member_changes_their_own_action_but_a_chairs_change_or_someone_elses_action_is_refused_and_changes_nothing()
    {
        var (d, numbers) = await GroupAsync();
        var (janis, liga) = (tab.TokenFor(d.World, d.World.Janis), tab.TokenFor(d.World, d.World.Liga));
        var path = GroupPath(d);

        var cancel = await tab.PostAsync($"{path}/actions/{numbers[1]}/status", liga, new { status = "Cancelled" });
        var notTheirs = await tab.PostAsync($"{path}/actions/{numbers[1]}/status", janis, new { status = "Done" });
        var noReason = await tab.PostAsync($"{path}/actions/{numbers[1]}/status", liga, new { status = "Blocked", reason = " " });
        var unknown = await tab.PostAsync($"{path}/actions/{numbers[1]}/status", liga, new { status = "Archived" });
        var missing = await tab.PostAsync($"{path}/actions/9999/status", liga, new { status = "Done" });
        var noted = await tab.PostAsync($"{path}/actions/{numbers[1]}/notes", liga, new { note = "Telpa norunāta", submission = "abc123" });
        var again = await tab.PostAsync($"{path}/actions/{numbers[1]}/notes", liga, new { note = "Telpa norunāta", submission = "abc123" });
        var progress = await tab.PostAsync($"{path}/actions/{numbers[1]}/status", liga, new { status = "InProgress" }, lang: "lv");

        Assert.Equal((403, "Only the group's chairs can do this. Nothing was changed."), (cancel.Status, cancel.Body["error"]!.GetValue<string>()));
        Assert.Equal(403, notTheirs.Status);
        Assert.Equal((400, "Say what blocks the action."), (noReason.Status, noReason.Body["error"]!.GetValue<string>()));
        Assert.Equal(400, unknown.Status);
        Assert.Equal(404, missing.Status);
        Assert.Equal((200, 200), (noted.Status, again.Status));
        Assert.Equal((200, "InProgress"), (progress.Status, progress.Body["status"]!.GetValue<string>()));
        Assert.Equal("Statuss nomainīts: “procesā”.", progress.Body["message"]!.GetValue<string>());
        var log = await Bot.Services.GetRequiredService<IPlanStore>().ReadLogAsync(new GroupKey(d.World.TenantId, d.World.TeamId), numbers[1], default);
        Assert.Equal([LogKind.Created, LogKind.Note, LogKind.Changed], log.Select(l => l.Kind));
        Assert.Equal("Līga Ozola", log[^1].AuthorName);
    }

    [Fact]
    public async Task A_malformed_body_is_a_400_not_a_500()
    {
        var (d, numbers) = await GroupAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Bot.Url}/api/tab/{GroupPath(d)}/actions/{numbers[1]}/status")
        {
            Content = new StringContent("{\"status\": [1,", System.Text.Encoding.UTF8, "application/json"),
        };

        var answer = await tab.SendAsync(request, tab.TokenFor(d.World, d.World.Liga));

        Assert.Equal(400, answer.Status);
    }
}
