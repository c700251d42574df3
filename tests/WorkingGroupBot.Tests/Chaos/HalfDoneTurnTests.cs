using System.Text.Json.Nodes;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// A turn writes the plan (one atomic transaction) and then plans reminders (another table). When only the second
/// write fails, the change stands: the person must not be told that nothing changed, and no reminder may be lost.
/// </summary>
[Trait("Category", "Chaos")]
public sealed class HalfDoneTurnTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string prefix = ReminderFixture.NewTablePrefix();
    private FlakyTableProxy proxy = null!;
    private LoopbackConnector connector = null!;
    private BotHost bot = null!;
    private ChaosGroup group = null!;

    public async Task InitializeAsync()
    {
        var endpoint = Azurite.Shared.ConnectionString.Split(';').Single(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..];
        proxy = await FlakyTableProxy.StartAsync(new Uri(endpoint).GetLeftPart(UriPartial.Authority));
        connector = await LoopbackConnector.StartAsync();
        bot = await BotHost.StartAsync(proxy.ConnectionString, ChaosSettings.Quiet("--Tables:TablePrefix", prefix, "--Reminders:Enabled", "false"));
        var world = new TeamsWorld(connector, people: 3);
        group = await ChaosGroup.SetUpAsync(bot, connector, world, [[world.Janis]], PlanDriver.Today.AddDays(20));
    }

    [Fact(Skip = "Known gap, reported (issue 7): the action is stored, the chair is told nothing changed, and its reminder is never planned")]
    public async Task An_action_created_while_the_reminder_table_fails_is_kept_and_still_reminded()
    {
        var anna = new LoadUser(bot, connector, group.World, group.Chair, new TurnLog());
        var dueToday = ((JsonObject)group.CreateButton.DeepClone()).With(
            (ActionForm.Title, "Šodienas uzdevums"), (ActionForm.Responsible, group.World.Janis.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.ToString("yyyy-MM-dd")));

        proxy.Refuse(prefix + "Reminders");
        var (turn, _) = await anna.PressAsync("create", dueToday);
        proxy.Heal();
        await bot.SweepAsync();

        var stored = await PlanRowsOnDisk.ReadAsync(Azurite.Shared.ConnectionString, prefix, group.Key);
        var created = stored.Actions.Values.Count(a => a.Title == "Šodienas uzdevums");
        var reminded = connector.MessagesTo(LoopbackConnector.OpenedChatWith(group.World.Janis)).Count(m => m.CardText.Contains("Šodienas uzdevums"));
        output.WriteLine($"the chair was told: {turn.Outcome} ({turn.Detail}); actions stored: {created}; reminders delivered to Jānis after storage healed: {reminded}");
        Assert.Empty(stored.Problems());
        Assert.True(created == 0 || turn.Outcome != TurnOutcome.TryAgain, "the chair was told nothing changed, but the action was stored");
        Assert.True(created == 0 || reminded == 1, "the action was stored but its reminder was never planned: it is lost");
    }

    public async Task DisposeAsync()
    {
        if (bot is not null)
        {
            Assert.Null(await HostShutdown.StopAsync(bot));
        }

        if (connector is not null)
        {
            await connector.DisposeAsync();
        }

        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }
    }
}
