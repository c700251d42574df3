using System.Text.Json.Nodes;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Reminders;

/// <summary>The bot as a real process, killed with SIGKILL in the middle of sending reminders, then started again.</summary>
public sealed class CrashTests(ReminderFixture fixture, ITestOutputHelper output) : IClassFixture<ReminderFixture>
{
    private const int Actions = 20;
    private const int Parallelism = 4;

    [Fact]
    public async Task Killing_the_bot_mid_sweep_again_and_again_loses_no_reminder()
    {
        var connector = fixture.Connector;
        connector.SendDelay = TimeSpan.FromMilliseconds(150);
        string[] settings =
        [
            "--ConnectionStrings:Tables", Azurite.Shared.ConnectionString,
            "--Tables:TablePrefix", ReminderFixture.NewTablePrefix(),
            "--Reminders:SweepInterval", "00:00:00.2",
            "--Reminders:Lease", "00:00:02",
            "--Reminders:Parallelism", Parallelism.ToString(),
        ];
        var world = new TeamsWorld(connector, people: 5);
        var bot = await BotProcess.StartAsync(settings);
        await SetUpGroupWithActionsDueNowAsync(bot, world);

        var kills = 0;
        foreach (var atLeast in new[] { 3, 8, 13 })
        {
            await WaitForAsync(() => RemindedActions(connector).Count >= atLeast, TimeSpan.FromSeconds(30));
            bot.Kill();
            kills++;
            bot = await BotProcess.StartAsync(settings);
        }

        await WaitForAsync(() => RemindedActions(connector).Count == Actions, TimeSpan.FromSeconds(60));
        await bot.DisposeAsync();

        var sent = Reminders(connector);
        var duplicates = sent.Count - RemindedActions(connector).Count;
        output.WriteLine($"kills survived: {kills}, reminders delivered: {RemindedActions(connector).Count}/{Actions}, duplicates: {duplicates}");
        Assert.Equal(Actions, RemindedActions(connector).Count);
        // A duplicate is allowed only for a send in flight when the process died: at most the parallel sends per kill.
        Assert.InRange(duplicates, 0, kills * Parallelism);
    }

    /// <summary>
    /// SIGTERM, as App Service sends when it stops an instance for an update: the bot takes no new reminder, lets the
    /// sends in flight finish and records them, and exits well within the platform's grace; the next instance sends
    /// the rest. Nothing is lost and, unlike after a kill, nothing is sent twice.
    /// </summary>
    [Fact]
    public async Task Sigterm_mid_sweep_stops_in_time_and_loses_or_doubles_no_reminder()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        string[] settings =
        [
            "--ConnectionStrings:Tables", Azurite.Shared.ConnectionString,
            "--Tables:TablePrefix", ReminderFixture.NewTablePrefix(),
            "--Reminders:SweepInterval", "00:00:00.2",
            "--Reminders:Parallelism", Parallelism.ToString(),
        ];
        var world = new TeamsWorld(connector, people: 5);
        // The group is set up by an instance that sends no reminders, so the stop surely comes mid-sweep.
        await using (var setUp = await BotProcess.StartAsync([.. settings, "--Reminders:Enabled", "false"]))
        {
            await SetUpGroupWithActionsDueNowAsync(setUp, world);
        }

        connector.SendDelay = TimeSpan.FromSeconds(1); // four sends at a time: five seconds for all
        var bot = await BotProcess.StartAsync(settings);
        await WaitForAsync(() => RemindedActions(connector).Count >= 4, TimeSpan.FromSeconds(30));
        var (exitCode, took) = await bot.TerminateAsync(TimeSpan.FromSeconds(50));
        var sentBeforeStop = RemindedActions(connector).Count;
        await bot.DisposeAsync();
        await using var next = await BotProcess.StartAsync(settings);
        await WaitForAsync(() => RemindedActions(connector).Count == Actions, TimeSpan.FromSeconds(60));

        output.WriteLine($"stopped in {took.TotalSeconds:F1} s with exit code {exitCode}; {sentBeforeStop} sent before, {Actions - sentBeforeStop} after");
        Assert.Equal(0, exitCode);
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took}");
        Assert.True(sentBeforeStop < Actions, "the stop came mid-sweep");
        Assert.Equal(Actions, Reminders(connector).Count); // each once
    }

    private static async Task SetUpGroupWithActionsDueNowAsync(BotProcess bot, TeamsWorld world)
    {
        var group = new JsonObject { ["group"] = world.TeamId };
        JsonObject Data(string verb, params (string, JsonNode?)[] values) => ((JsonObject)group.DeepClone()).With(("verb", verb)).With(values);
        async Task<JsonObject> PressAsync(JsonObject data) =>
            JsonNode.Parse(await (await bot.SendAsync(world.PersonalInvoke(world.Anna, data))).Content.ReadAsStringAsync())!["value"]!.AsObject();

        await bot.SendAsync(world.TeamInstall(by: world.Anna));
        await PressAsync(Data(Verbs.StartPlanFromTemplate));

        // Reminders go out at a minute ago today (Riga time), so an action due today is reminded at once.
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga"));
        var at = now.Minute == 0 && now.Hour == 0 ? now : now.AddMinutes(-1);
        await PressAsync(Data(Verbs.SaveReminderSettings,
            (ReminderSettingsCard.DaysBefore, ""), (ReminderSettingsCard.At, at.ToString("HH:mm")), (ReminderSettingsCard.OverdueEvery, "3"),
            (ReminderSettingsCard.TellChairsAfter, "0"), (ReminderSettingsCard.DigestDay, "Sunday"), (ReminderSettingsCard.DigestAt, "08:00")));

        var form = await PressAsync(Data(Verbs.NewAction));
        var area = CardPress.ChoicesOf(form, ActionForm.Area).Keys.First();
        for (var i = 1; i <= Actions; i++)
        {
            var created = await PressAsync(Data(Verbs.CreateAction,
                (ActionForm.Title, $"Uzdevums {i}"), (ActionForm.Area, area),
                (ActionForm.Responsible, world.People[i % world.People.Count].AadObjectId),
                (ActionForm.Deadline, now.ToString("yyyy-MM-dd"))));
            Assert.Contains("Uzdevums pievienots plānam", CardTexts.Of(created));
        }
    }

    private static List<string> Reminders(LoopbackConnector connector) =>
        connector.Calls.Where(c => c.IsMessage && c.CardText.StartsWith("Atgādinājums: ", StringComparison.Ordinal))
            .Select(c => c.CardText.Split('\n')[0]).ToList();

    private static HashSet<string> RemindedActions(LoopbackConnector connector) => [.. Reminders(connector)];

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
