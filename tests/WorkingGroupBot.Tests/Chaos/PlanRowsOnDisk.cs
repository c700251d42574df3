using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// A group's plan partition and its reminders as stored, read straight from the tables (not through the bot's stores),
/// to check that nothing is half-written: every action has exactly one log line per revision, numbered 1..revision; no
/// log line belongs to an action that does not exist; the plan's next number follows the last action; every open
/// action has a reminder stored for each responsible member, or a promise to plan them.
/// </summary>
public sealed record PlanRowsOnDisk(
    int NextNumber,
    IReadOnlyDictionary<int, StoredAction> Actions,
    IReadOnlyList<(int Action, int Sequence, string Kind, string? Note)> Log,
    IReadOnlySet<(int Action, string Person)> Reminded,
    IReadOnlySet<int> Promised)
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
                    actions[int.Parse(key[1])] = new StoredAction(
                        row.GetString("Title") ?? "", row.GetString("Status") ?? "", row.GetInt32("Revision") ?? 0, (row.GetString("Responsible") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "log":
                    log.Add((int.Parse(key[1]), int.Parse(key[2]), row.GetString("Kind") ?? "", row.GetString("Note")));
                    break;
            }
        }

        var rows = await StoredReminders.OfAsync(new TableClient(connectionString, tablePrefix + "Reminders"), group);

        var promised = rows.Where(r => r.Kind == nameof(ReminderKind.Replan)).Select(r => r.Action).ToHashSet();
        var reminded = rows.Where(r => r.Kind != nameof(ReminderKind.Replan)).Select(r => (r.Action, r.Person)).ToHashSet();
        return new PlanRowsOnDisk(next, actions, log, reminded, promised);
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

        foreach (var (number, action) in Actions.Where(a => !Enum.Parse<ActionStatus>(a.Value.Status).IsClosed() && !Promised.Contains(a.Key)))
        {
            foreach (var person in action.Responsible.Where(p => !Reminded.Contains((number, p))))
            {
                problems.Add($"open action #{number} has no reminder for {person} stored, nor a promise to plan one");
            }
        }

        foreach (var orphan in Log.Select(l => l.Action).Distinct().Where(n => !Actions.ContainsKey(n)))
        {
            problems.Add($"log lines of action #{orphan}, which does not exist");
        }

        return problems;
    }
}

public sealed record StoredAction(string Title, string Status, int Revision, IReadOnlyList<string> Responsible);
