using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// Table storage goes away for a while under load and comes back. People keep pressing buttons, writing notes and
/// asking for their actions; the bot must answer every request without a 5xx, tell them clearly to try again, write
/// nothing by halves, report itself unhealthy meanwhile, and work again by itself once storage is back.
/// </summary>
[Trait("Category", "Chaos")]
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan LoadBeforeOutage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaxRecovery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ThinkTime = TimeSpan.FromMilliseconds(150);

    [Fact]
    public Task Storage_down_for_ten_seconds_under_load_gives_try_again_no_5xx_nothing_half_written_and_recovers_alone() =>
        OutageAsync(TimeSpan.FromSeconds(10));

    [SlowFact]
    public Task Storage_down_for_thirty_seconds_under_load_gives_try_again_no_5xx_nothing_half_written_and_recovers_alone() =>
        OutageAsync(TimeSpan.FromSeconds(30));

    private async Task OutageAsync(TimeSpan outage)
    {
        await using var azurite = await StoppableAzurite.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotHost.StartAsync(azurite.ConnectionString, ChaosSettings.Quiet("--Reminders:Enabled", "false"));
        var world = new TeamsWorld(connector, people: 4);
        var group = await ChaosGroup.SetUpAsync(bot, connector, world, world.People.Skip(1).Select(p => new[] { p }), PlanDriver.Today.AddDays(14));
        var members = group.Members;

        var log = new TurnLog();
        var notes = new ConcurrentBag<(int Action, string Note, TurnOutcome Outcome)>();
        var creations = new ConcurrentBag<(string Title, TurnOutcome Outcome)>();
        using var stop = new CancellationTokenSource();
        var health = new ConcurrentQueue<(TimeSpan At, int Status)>();

        async Task MemberAsync(TestUser member)
        {
            var user = new LoadUser(bot, connector, world, member, log);
            var action = group.Actions.Single(a => a.Responsible.Contains(member));
            for (var i = 0; i < 1000 && !stop.IsCancellationRequested; i++)
            {
                switch (i % 3)
                {
                    case 0:
                        var text = $"Piezīme {member.Name} {i}";
                        var (turn, _) = await user.PressAsync("note", action.Note(text));
                        notes.Add((action.Number, text, turn.Outcome));
                        break;
                    case 1:
                        await user.PressAsync("status", action.Status(i % 2 == 0 ? ActionStatus.InProgress : ActionStatus.Open));
                        break;
                    default:
                        await user.SayPersonallyAsync("mani uzdevumi");
                        break;
                }

                await Task.Delay(ThinkTime);
            }
        }

        async Task ChairAsync()
        {
            var user = new LoadUser(bot, connector, world, world.Anna, log);
            for (var i = 0; i < 1000 && !stop.IsCancellationRequested; i++)
            {
                if (i % 2 == 0)
                {
                    var title = $"Jauns uzdevums {i}";
                    var (turn, _) = await user.PressAsync("create", ((JsonObject)group.CreateButton.DeepClone()).With((ActionForm.Title, title)));
                    creations.Add((title, turn.Outcome));
                }
                else
                {
                    await user.SayInChannelAsync("plāns");
                }

                await Task.Delay(ThinkTime);
            }
        }

        async Task WatchHealthAsync()
        {
            for (var i = 0; i < 1000 && !stop.IsCancellationRequested; i++)
            {
                health.Enqueue((log.Clock.Elapsed, await LoadUser.HealthAsync(bot)));
                await Task.Delay(500);
            }
        }

        var load = Task.WhenAll([.. members.Select(MemberAsync), ChairAsync(), WatchHealthAsync()]);
        await Task.Delay(LoadBeforeOutage);
        await azurite.StopAsync();
        var downAt = log.Clock.Elapsed;
        await Task.Delay(outage);
        // Storage answers again somewhere inside StartAgainAsync: a turn may succeed before it returns.
        var restarting = log.Clock.Elapsed;
        await azurite.StartAgainAsync();
        var upAt = log.Clock.Elapsed;

        // Load goes on until every person has had two answered turns again, or the recovery time is up.
        bool Recovered() => world.People.All(p => log.Turns.Count(t => t.User == p.Name && t.StartedAt >= upAt && t.Outcome == TurnOutcome.Answered) >= 2);
        while (!Recovered() && log.Clock.Elapsed - upAt < MaxRecovery)
        {
            await Task.Delay(200);
        }

        await Task.Delay(1000);
        await stop.CancelAsync();
        await load;
        var finalHealth = await LoadUser.HealthAsync(bot);

        var turns = log.Turns;
        // A turn that began while storage was down but ended once it was being restarted may have succeeded on a retry.
        var during = log.Between(downAt, upAt).Where(t => t.StartedAt + t.Took < restarting).ToList();
        var after = log.Between(upAt, TimeSpan.MaxValue);
        var recovery = world.People.Select(p => after.FirstOrDefault(t => t.User == p.Name && t.Outcome == TurnOutcome.Answered)?.StartedAt - upAt).ToList();
        var stored = await PlanRowsOnDisk.ReadAsync(azurite.ConnectionString, "", group.Key);
        var storedNotes = stored.Log.Where(l => l.Kind == "Note").Select(l => (l.Action, l.Note ?? "")).ToHashSet();
        var notesSaidNotSaved = notes.Where(n => n.Outcome == TurnOutcome.TryAgain && storedNotes.Contains((n.Action, n.Note))).ToList();
        var titles = stored.Actions.Values.Select(a => a.Title).ToHashSet();
        var createdSaidNotSaved = creations.Where(c => c.Outcome == TurnOutcome.TryAgain && titles.Contains(c.Title)).ToList();

        output.WriteLine($"outage: {(upAt - downAt).TotalSeconds:F1} s (storage stopped at {downAt.TotalSeconds:F1} s, back at {upAt.TotalSeconds:F1} s)");
        output.WriteLine($"all turns: {TurnLog.Summary(turns)}");
        output.WriteLine($"turns during outage: {TurnLog.Summary(during)}");
        output.WriteLine($"turns after: {TurnLog.Summary(after)}");
        output.WriteLine($"5xx seen: {turns.Count(t => t.HttpStatus >= 500)}");
        output.WriteLine($"recovered after: {string.Join(", ", recovery.Select(r => r is null ? "never" : $"{r.Value.TotalSeconds:F1} s"))}");
        output.WriteLine($"/healthz: {string.Join(" ", health.Select(h => $"{h.At.TotalSeconds:F0}s:{h.Status}"))}; at the end {finalHealth}");
        output.WriteLine($"notes sent {notes.Count}, answered {notes.Count(n => n.Outcome == TurnOutcome.Answered)}, stored {storedNotes.Count}, stored although 'nothing was changed' {notesSaidNotSaved.Count}");
        output.WriteLine($"actions created {creations.Count(c => c.Outcome == TurnOutcome.Answered)} of {creations.Count} tries, stored although 'nothing was changed' {createdSaidNotSaved.Count}; plan next number {stored.NextNumber}");
        foreach (var odd in turns.Where(t => t.Outcome == TurnOutcome.Other || t.HttpStatus >= 500).Take(20))
        {
            output.WriteLine($"  {odd}");
        }

        Assert.DoesNotContain(turns, t => t.HttpStatus is >= 500 or < 0);
        Assert.DoesNotContain(turns, t => t.Outcome == TurnOutcome.Other);
        Assert.NotEmpty(during);
        Assert.All(during, t => Assert.Equal(TurnOutcome.TryAgain, t.Outcome));
        Assert.Contains(health, h => h.At > downAt && h.At < upAt && h.Status == 503);
        Assert.Equal(200, finalHealth);
        Assert.All(recovery, r => Assert.NotNull(r));
        Assert.Empty(stored.Problems());
        Assert.Subset(notes.Select(n => (n.Action, n.Note)).ToHashSet(), storedNotes);
        Assert.All(notes.Where(n => n.Outcome == TurnOutcome.Answered), n => Assert.Contains((n.Action, n.Note), storedNotes));
        Assert.All(creations.Where(c => c.Outcome == TurnOutcome.Answered), c => Assert.Contains(c.Title, titles));
        // Not asserted here: a change committed just as storage went away, whose answer was lost and every retry of it
        // refused, is stored although the person was told to try again (the bot cannot know). It is only counted.
    }
}
