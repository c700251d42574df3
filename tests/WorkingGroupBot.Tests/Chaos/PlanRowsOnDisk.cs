using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// A group's plan partition as stored, read straight from the table (not through the bot's stores), to check that
/// nothing is half-written: every action has exactly one log line per revision, numbered 1..revision; no log line
/// belongs to an action that does not exist; the plan's next number follows the last action.
/// </summary>
public sealed record PlanRowsOnDisk(int NextNumber, IReadOnlyDictionary<int, StoredAction> Actions, IReadOnlyList<(int Action, int Sequence, string Kind, string? Note)> Log)
{
    public static async Task<PlanRowsOnDisk> ReadAsync(string connectionString, string tablePrefix, GroupKey group)
    {
        var table = new TableClient(connectionString, tablePrefix + "Plans");
        var partition = PlanRows.PartitionOf(group);
        var next = 0;
        var actions = new Dictionary<int, StoredAction>();
        var log = new List<(int, int, string, string?)>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            var key = row.RowKey.Split('|');
            switch (key[0])
            {
                case "plan":
                    next = row.GetInt32("NextNumber") ?? 1;
                    break;
                case "action":
                    actions[int.Parse(key[1])] = new StoredAction(row.GetString("Title") ?? "", row.GetString("Status") ?? "", row.GetInt32("Revision") ?? 0);
                    break;
                case "log":
                    log.Add((int.Parse(key[1]), int.Parse(key[2]), row.GetString("Kind") ?? "", row.GetString("Note")));
                    break;
            }
        }

        return new PlanRowsOnDisk(next, actions, log);
    }

    public IEnumerable<string> Notes(int action) => Log.Where(l => l.Action == action && l.Kind == "Note").Select(l => l.Note ?? "");

    /// <summary>Everything half-written; empty when the partition is whole.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Actions.Count > 0 && Actions.Keys.Max() != NextNumber - 1)
        {
            problems.Add($"the plan's next number is {NextNumber} but the last action is #{Actions.Keys.Max()}");
        }

        foreach (var missing in Enumerable.Range(1, Math.Max(0, NextNumber - 1)).Where(n => !Actions.ContainsKey(n)))
        {
            problems.Add($"action #{missing} is missing although the plan counted it");
        }

        foreach (var (number, action) in Actions)
        {
            var sequences = Log.Where(l => l.Action == number).Select(l => l.Sequence).Order().ToList();
            if (!sequences.SequenceEqual(Enumerable.Range(1, action.Revision)))
            {
                problems.Add($"action #{number} is at revision {action.Revision} but its log lines are [{string.Join(",", sequences)}]");
            }

            if (Log.FirstOrDefault(l => l.Action == number && l.Sequence == 1).Kind is { } first && first != "Created")
            {
                problems.Add($"action #{number}'s first log line is {first}, not Created");
            }
        }

        foreach (var orphan in Log.Select(l => l.Action).Distinct().Where(n => !Actions.ContainsKey(n)))
        {
            problems.Add($"log lines of action #{orphan}, which does not exist");
        }

        return problems;
    }
}

public sealed record StoredAction(string Title, string Status, int Revision);
