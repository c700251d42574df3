using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Members;

/// <summary>
/// Absences (prombūtne), as people set them from the members card: while someone is away their reminders go to a
/// chair, marked for whom; they get none during the absence and the next one after it, not the missed ones.
/// </summary>
public sealed class AbsenceTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private readonly LoopbackConnector connector = fixture.Connector;

    private static readonly DateOnly Today = PlanDriver.Today;

    private async Task<(BotHost Bot, PlanDriver Driver)> GroupAsync()
    {
        var bot = await fixture.StartHostAsync();
        var driver = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await driver.SetUpAsync();
        return (bot, driver);
    }

    private IReadOnlyList<string> RemindersTo(TestUser user) =>
        connector.MessagesTo(LoopbackConnector.OpenedChatWith(user)).Where(m => m.CardText.Contains("Atgādinājums")).Select(m => m.CardText).ToList();

    /// <summary>The person opens the members card in their 1:1 chat, presses "Prombūtne…", fills in the form.</summary>
    private static async Task<InvokeAnswer> SetAwayAsync(PlanDriver d, TestUser by, DateOnly from, DateOnly to, TestUser? who = null)
    {
        var members = await d.AskPersonallyAsync(by, "dalībnieki");
        var form = await d.PressAsync(by, members, Verbs.Absences);
        (string, JsonNode?)[] inputs = who is null
            ? [(AbsenceCard.From, from.ToString("yyyy-MM-dd")), (AbsenceCard.To, to.ToString("yyyy-MM-dd"))]
            : [(AbsenceCard.Who, who.AadObjectId), (AbsenceCard.From, from.ToString("yyyy-MM-dd")), (AbsenceCard.To, to.ToString("yyyy-MM-dd"))];
        return await d.PressAsync(by, form.Card, Verbs.SetAbsence, null, inputs);
    }

    private static async Task<Absence?> StoredAbsenceAsync(BotHost bot, PlanDriver d, TestUser user) =>
        (await bot.Services.GetRequiredService<IMemberStore>().FindAsync(new GroupKey(d.World.TenantId, d.World.TeamId), user.AadObjectId, default))!.Away;

    [Fact]
    public async Task While_a_member_is_away_the_chair_gets_their_reminders_on_their_behalf_and_afterwards_one_comes_to_them()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis) = (d.World.Anna, d.World.Janis);
        await d.CreateActionAsync(anna, "Seminārs skolotājiem", [janis], Today.AddDays(10));

        var saved = await SetAwayAsync(d, janis, Today.AddDays(1), Today.AddDays(9));
        Assert.Contains("Jānis Kalniņš: prombūtnē no 03.03.2026. līdz 11.03.2026.", saved.CardText);
        foreach (var day in new[] { 3, 9 })
        {
            bot.SetRigaTime(Today.AddDays(day), 9, 30);
            await bot.SweepAsync();
        }

        Assert.Empty(RemindersTo(janis));
        var forJanis = RemindersTo(anna);
        Assert.Equal(2, forJanis.Count);
        Assert.All(forJanis, r => Assert.Contains("Jūs to saņemat Jānis Kalniņš vietā (prombūtnē līdz 11.03.2026.)", r));
        Assert.Contains("**Pēc 7 dienām**", forJanis[0]);
        Assert.DoesNotContain("Atlikt", forJanis[0]);

        bot.SetRigaTime(Today.AddDays(10), 9, 30);
        await bot.SweepAsync();

        var back = Assert.Single(RemindersTo(janis));
        Assert.Contains("**⏰ Šodien**", back);
        Assert.Equal(2, RemindersTo(anna).Count);
    }

    [Fact]
    public async Task A_member_sets_only_their_own_absence_a_chair_anyones_and_wrong_dates_change_nothing()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);

        var forged = await SetAwayAsync(d, janis, Today, Today.AddDays(3), who: liga);
        var backwards = await SetAwayAsync(d, janis, Today.AddDays(5), Today.AddDays(3));
        var past = await SetAwayAsync(d, janis, Today.AddDays(-1), Today.AddDays(3));
        var tooLong = await SetAwayAsync(d, janis, Today, Today.AddDays(400));

        Assert.Contains("Citas personas prombūtni var norādīt tikai vadītāji. Nekas netika mainīts.", forged.CardText);
        Assert.All(new[] { backwards, past, tooLong }, a => Assert.Contains("Izvēlieties pirmo un pēdējo prombūtnes dienu", a.CardText));
        Assert.Null(await StoredAbsenceAsync(bot, d, liga));
        Assert.Null(await StoredAbsenceAsync(bot, d, janis));

        var byChair = await SetAwayAsync(d, anna, Today, Today.AddDays(3), who: liga);

        Assert.Contains("Līga Ozola: prombūtnē no 02.03.2026. līdz 05.03.2026.", byChair.CardText);
        Assert.Equal(new Absence(Today, Today.AddDays(3)), await StoredAbsenceAsync(bot, d, liga));
    }

    [Fact]
    public async Task The_plan_and_the_digest_show_who_is_away_and_who_covers_and_assigning_to_them_warns_the_chair()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis) = (d.World.Anna, d.World.Janis);
        await SetAwayAsync(d, janis, Today, Today.AddDays(6));

        var created = await d.CreateActionAsync(anna, "Bukleti vecākiem", [janis], Today.AddDays(20));
        var plan = CardTexts.Of(await d.AskInChannelAsync(anna, "plāns"));
        var digest = CardTexts.Of(await d.AskInChannelAsync(anna, "kopsavilkums"));

        Assert.Contains("Jānis Kalniņš ir prombūtnē līdz 08.03.2026.; tikmēr atgādinājumus saņem Anna Bērziņa.", created.CardText);
        Assert.Contains("Prombūtnē: Jānis Kalniņš līdz 08.03.2026. (atgādinājumus saņem Anna Bērziņa)", plan);
        Assert.Contains("Prombūtnē (1)", digest);
        Assert.Contains("Jānis Kalniņš līdz 08.03.2026. (atgādinājumus saņem Anna Bērziņa)", digest);
    }

    [Fact]
    public async Task A_cancelled_absence_sends_the_reminders_to_the_member_again()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis) = (d.World.Anna, d.World.Janis);
        await d.CreateActionAsync(anna, "Datu apkopojums", [janis], Today.AddDays(10));
        var saved = await SetAwayAsync(d, janis, Today, Today.AddDays(20));

        var cancelled = await d.PressAsync(janis, saved.Card, Verbs.CancelAbsence);
        bot.SetRigaTime(Today.AddDays(3), 9, 30);
        await bot.SweepAsync();

        Assert.Contains("Jānis Kalniņš: prombūtne atcelta, atgādinājumi atkal nāk pašam.", cancelled.CardText);
        Assert.Null(await StoredAbsenceAsync(bot, d, janis));
        Assert.Single(RemindersTo(janis));
        Assert.Empty(RemindersTo(anna));
    }
}
