using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Benchmarks.Load;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// Turn latency and throughput of three things people do, each measured right after the same activity answered by
/// <see cref="EchoBot"/> through the host's CloudAdapter: the ratio is what our code costs on top of the SDK.
/// </summary>
public sealed class TurnBenchmark(BenchHost host, TeamsClient client, TurnWorld world, Func<TimeSpan> storageCpu, TimeSpan warmUp, TimeSpan measured)
{
    private static readonly TextSet Latvian = TextSet.For(Language.Latvian);

    private readonly int[] presses = new int[world.Teams.Count];
    private readonly Dictionary<BenchTeam, string> areas = [];

    public async Task<IReadOnlyList<(CellResult Echo, CellResult Bot)>> RunAsync(IReadOnlyList<int> concurrency)
    {
        var plans = host.Services.GetRequiredService<IPlanStore>();
        foreach (var team in world.Teams)
        {
            areas[team] = (await plans.FindPlanAsync(new GroupKey(team.TenantId, team.TeamId), CancellationToken.None))!.Areas[0].Id;
        }

        var results = new List<(CellResult, CellResult)>();
        foreach (var (name, echo, bot) in Scenarios())
        {
            foreach (var users in concurrency)
            {
                var echoCell = await LoadCell.RunAsync($"echo ({name})", users, warmUp, measured, host.Storage, storageCpu, echo);
                var botCell = await LoadCell.RunAsync(name, users, warmUp, measured, host.Storage, storageCpu, bot);
                Console.WriteLine($"  {name,-22} {users,2} users: {botCell.TurnsPerSecond,6:0} turns/s p50 {botCell.Latency.P50,6:0.0} ms (echo {echoCell.Latency.P50:0.0} ms)");
                results.Add((echoCell, botCell));
            }
        }

        return results;
    }

    private IEnumerable<(string Name, Func<int, int, Task<bool>> Echo, Func<int, int, Task<bool>> Bot)> Scenarios()
    {
        // "my actions", asked in the 1:1 chat (in a channel it goes there too, behind Teams' per-chat send limit), answers
        // with a new message through the connector, as the echo does.
        yield return ("my actions (50)", (u, _) => MessageAsync(BenchHost.EchoPath, u, "my actions"), (u, _) => MessageAsync(BenchHost.MessagesPath, u, "my actions"));
        // The next four meetings with their agendas: each reads its record and the previous meeting's record and minutes.
        yield return ("meetings (4 agendas)", (u, _) => MessageAsync(BenchHost.EchoPath, u, "meetings"), (u, _) => MessageAsync(BenchHost.MessagesPath, u, "meetings"));
        yield return ("button: status", (u, _) => PressAsync(BenchHost.EchoPath, u, next: false), (u, _) => PressAsync(BenchHost.MessagesPath, u, next: true));
        yield return ("create action (card)", (u, i) => CreateAsync(BenchHost.EchoPath, u, i), (u, i) => CreateAsync(BenchHost.MessagesPath, u, i));
    }

    private async Task<bool> MessageAsync(string path, int user, string text)
    {
        var team = world.Teams[user];
        var (status, _) = await client.PostAsync(path, team.PersonalMessage(team.Chair, text));
        return status == 200;
    }

    /// <summary>
    /// The chair presses "In progress" on one of their actions, then "Blocked" (with a reason) on the next round, and so
    /// on: both are buttons of the action card. Presses go round the 50 actions, so no action's history grows long.
    /// </summary>
    private async Task<bool> PressAsync(string path, int user, bool next)
    {
        var team = world.Teams[user];
        var press = next ? presses[user]++ : presses[user];
        var blocked = press / TurnWorld.ActionsPerUser % 2 == 1;
        var data = new JsonObject
        {
            ["verb"] = Verbs.SetStatus,
            ["group"] = team.TeamId,
            ["action"] = press % TurnWorld.ActionsPerUser + 1,
            ["status"] = blocked ? nameof(ActionStatus.Blocked) : nameof(ActionStatus.InProgress),
        };
        if (blocked)
        {
            data["input"] = ActionForm.Reason;
            data[ActionForm.Reason] = "Gaidām atbildi no skolas.";
        }

        var (status, body) = await client.PostAsync(path, team.Invoke(team.Chair, data));
        return status == 200 && (path == BenchHost.EchoPath || body.Contains(StatusChanged, StringComparison.Ordinal));
    }

    /// <summary>What a status change answers with, before the status's name ("Statuss nomainīts: “procesā”.").</summary>
    private static string StatusChanged => Latvian[TextKey.StatusChangedTo].Split('{')[0];

    private async Task<bool> CreateAsync(string path, int user, int iteration)
    {
        var team = world.Teams[user];
        var (status, body) = await client.PostAsync(path, team.Invoke(team.Chair, TurnWorld.CreateForm(team, areas[team], iteration)));
        return status == 200 && (path == BenchHost.EchoPath || body.Contains(Latvian[TextKey.ActionCreated], StringComparison.Ordinal));
    }
}
