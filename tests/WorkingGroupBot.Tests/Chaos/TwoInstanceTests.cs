using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// Two bot instances on one storage account, as behind a load balancer: people's presses land on either, both sweep
/// reminders at the same time. No update may be lost or applied twice, and no reminder sent twice.
/// </summary>
[Trait("Category", "Chaos")]
public sealed partial class TwoInstanceTests(ITestOutputHelper output)
{
    private const int TurnsPerPerson = 16;
    private const int MaxSweeps = 100;

    [Fact]
    public async Task Two_instances_under_load_lose_no_update_apply_none_twice_and_send_each_reminder_once()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var prefix = ReminderFixture.NewTablePrefix();
        string[] settings = ChaosSettings.Quiet("--Tables:TablePrefix", prefix, "--Reminders:Enabled", "false");
        await using var connector = await LoopbackConnector.StartAsync();
        await using var first = await BotHost.StartAsync(Azurite.Shared.ConnectionString, settings);
        await using var second = await BotHost.StartAsync(Azurite.Shared.ConnectionString, settings);
        BotHost[] hosts = [first, second];
        var world = new TeamsWorld(connector, people: 5);
        var (janis, liga, peteris, ilze) = (world.People[1], world.People[2], world.People[3], world.People[4]);
        // Due today, created after the 09:00 reminder time: each responsible person is owed one reminder right now.
        // Two actions are shared, so two people write to the same row at once through different instances.
        var group = await ChaosGroup.SetUpAsync(first, connector, world,
            [[janis], [liga], [peteris], [ilze], [janis, liga], [peteris, ilze]], PlanDriver.Today);
        var remindersBefore = Reminders(connector, world).Count;
        var setUpTook = watch.Elapsed;

        var log = new TurnLog();
        var applied = new ConcurrentBag<(int Action, string What)>();
        var notes = new ConcurrentBag<(int Action, string Note)>();

        async Task MemberAsync(TestUser member, int seed)
        {
            var random = new Random(seed);
            var mine = group.Actions.Where(a => a.Responsible.Contains(member)).ToList();
            for (var i = 0; i < TurnsPerPerson; i++)
            {
                var host = hosts[(i + seed) % 2];
                var user = new LoadUser(host, connector, world, member, log);
                var action = mine[random.Next(mine.Count)];
                if (i % 2 == 0)
                {
                    var text = $"{member.Name} {i}";
                    var (turn, card) = await user.PressAsync("note", action.Note(text));
                    if (card is not null && CardTexts.Of(card).Contains(text))
                    {
                        notes.Add((action.Number, text));
                        applied.Add((action.Number, "note"));
                    }
                }
                else
                {
                    var status = (ActionStatus)random.Next(3); // Open, InProgress or Blocked: never closes, so reminders stay wanted
                    var (_, card) = await user.PressAsync("status", action.Status(status, status == ActionStatus.Blocked ? "Gaidām atbildi" : null));
                    if (card is not null && CardTexts.Of(card).Contains("Statuss nomainīts"))
                    {
                        applied.Add((action.Number, "status"));
                    }
                }
            }
        }

        var created = new ConcurrentBag<(int Number, string Person)>();
        async Task ChairAsync()
        {
            for (var i = 0; i < TurnsPerPerson; i++)
            {
                var user = new LoadUser(hosts[i % 2], connector, world, group.Chair, log);
                if (i % 2 == 0)
                {
                    var action = group.Actions[i / 2 % group.Actions.Count];
                    var (_, card) = await user.PressAsync("rename", action.Rename($"Uzdevums {action.Number}, versija {i}"));
                    if (card is not null && CardTexts.Of(card).Contains("Saglabāts."))
                    {
                        applied.Add((action.Number, "rename"));
                    }
                }
                else
                {
                    // A new action due today is owed its reminder at once, so sweeps on both instances race for it.
                    var member = group.Members[i / 2 % group.Members.Count];
                    var (_, card) = await user.PressAsync("create", ((JsonObject)group.CreateButton.DeepClone()).With(
                        (ActionForm.Title, $"Jauns {i}"), (ActionForm.Responsible, member.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.ToString("yyyy-MM-dd"))));
                    if (card is not null && CardTexts.Of(card).Contains("Uzdevums pievienots plānam."))
                    {
                        created.Add((PlanDriver.NumberOn(card), member.Name));
                    }
                }
            }
        }

        var sweepResults = new ConcurrentBag<int>();
        using var loadDone = new CancellationTokenSource();
        async Task SweepAsync()
        {
            for (var i = 0; i < MaxSweeps && !loadDone.IsCancellationRequested; i++)
            {
                var results = await Task.WhenAll(first.SweepAsync(), second.SweepAsync());
                foreach (var result in results)
                {
                    sweepResults.Add(result.Sent);
                }

                await Task.Delay(50);
            }
        }

        var sweeping = SweepAsync();
        await Task.WhenAll([.. group.Members.Select((m, i) => MemberAsync(m, i)), ChairAsync()]);
        await loadDone.CancelAsync();
        await sweeping;
        foreach (var host in hosts)
        {
            await host.SweepAsync();
        }

        var turns = log.Turns;
        var stored = await PlanRowsOnDisk.ReadAsync(Azurite.Shared.ConnectionString, prefix, group.Key);
        var reminders = Reminders(connector, world).Skip(remindersBefore).ToList();
        var owed = group.Actions.SelectMany(a => a.Responsible.Select(p => (Person: p.Name, a.Number))).Concat(created.Select(c => (c.Person, c.Number))).ToList();
        var duplicates = reminders.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToList();
        output.WriteLine($"set-up {setUpTook.TotalSeconds:F1} s, load {(watch.Elapsed - setUpTook).TotalSeconds:F1} s");
        output.WriteLine($"turns: {TurnLog.Summary(turns)}");
        output.WriteLine($"5xx seen: {turns.Count(t => t.HttpStatus >= 500)}");
        output.WriteLine($"changes answered as saved: {applied.Count} ({applied.Count(a => a.What == "note")} notes); log lines after creation: {stored.Log.Count - stored.Actions.Count}");
        output.WriteLine($"actions created under load {created.Count}; reminders owed {owed.Count}, delivered {reminders.Distinct().Count()}, duplicates {reminders.Count - reminders.Distinct().Count()} {string.Join(", ", duplicates)}; sweeps {sweepResults.Count}, sent per sweep [{string.Join(",", sweepResults)}]");

        Assert.DoesNotContain(turns, t => t.HttpStatus is >= 500 or < 0);
        Assert.All(turns, t => Assert.Equal(TurnOutcome.Answered, t.Outcome));
        Assert.Empty(stored.Problems());
        foreach (var action in group.Actions)
        {
            // One log line per change answered as saved, plus the creation: none lost, none applied twice.
            Assert.Equal(1 + applied.Count(a => a.Action == action.Number), stored.Actions[action.Number].Revision);
            Assert.Equal(notes.Where(n => n.Action == action.Number).Select(n => n.Note).Order(), stored.Notes(action.Number).Order());
        }

        Assert.Empty(duplicates);
        Assert.Equal(owed.Select(o => $"{o.Person} #{o.Number}").Order(), reminders.Order());
    }

    /// <summary>"person #action" for each reminder card sent to a person's 1:1 chat.</summary>
    private static List<string> Reminders(LoopbackConnector connector, TeamsWorld world)
    {
        var people = world.People.ToDictionary(LoopbackConnector.OpenedChatWith, p => p.Name);
        return connector.Calls
            .Where(c => c.IsMessage && c.ConversationId is { } chat && people.ContainsKey(chat))
            .Select(c => (Person: people[c.ConversationId!], Match: ReminderTitle().Match(c.CardText)))
            .Where(c => c.Match.Success)
            .Select(c => $"{c.Person} #{c.Match.Groups[1].Value}")
            .ToList();
    }

    [GeneratedRegex(@"^Atgādinājums: #(\d+) ")]
    private static partial Regex ReminderTitle();
}
