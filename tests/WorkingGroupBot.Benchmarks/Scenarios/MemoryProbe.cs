using System.Diagnostics;
using WorkingGroupBot.Benchmarks.Infrastructure;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// Asks a group for its plan overview and a member for "my actions" a few times, while the sampler watches memory:
/// what the host holds should follow the group asked about, not everything in storage.
/// </summary>
public static class MemoryProbe
{
    private const int Repeats = 10;

    public static async Task<(double OverviewP50, double MyActionsP50)> AskAsync(TeamsClient client, BenchTeam team)
    {
        var overview = new List<double>();
        var mine = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            overview.Add(await TimeAsync(() => client.DeliverAsync(team.Message(team.Chair, "plan"))));
            mine.Add(await TimeAsync(() => client.DeliverAsync(team.Message(team.People[1], "my actions"))));
        }

        return (Median(overview), Median(mine));
    }

    private static async Task<double> TimeAsync(Func<Task> turn)
    {
        var started = Stopwatch.GetTimestamp();
        await turn();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
