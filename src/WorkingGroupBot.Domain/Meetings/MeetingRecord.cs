namespace WorkingGroupBot.Meetings;

/// <summary>What is known of one meeting: who said they will attend or not, the points chairs added to its agenda,
/// and the decisions taken.</summary>
public sealed record MeetingRecord
{
    public static MeetingRecord Empty { get; } = new();

    public IReadOnlyList<string> Attending { get; init; } = [];
    public IReadOnlyList<string> NotAttending { get; init; } = [];
    public IReadOnlyList<Decision> Decisions { get; init; } = [];
    public IReadOnlyList<string> Points { get; init; } = [];

    public MeetingRecord Answer(string person, bool attends) =>
        this with
        {
            Attending = attends
                ? [.. Attending.Where(p => p != person), person]
                : Attending.Where(p => p != person).ToList(),
            NotAttending = attends
                ? NotAttending.Where(p => p != person).ToList()
                : [.. NotAttending.Where(p => p != person), person],
        };
}

/// <summary>A decision of a meeting; it may have become an action of the plan.</summary>
public sealed record Decision(string Text, int? Action);

/// <summary>
/// The decisions of one submission, in order; the first becomes <see cref="Action"/> (revision 1, with its first log
/// line <see cref="Created"/>) when one is given.
/// </summary>
public sealed record NewDecisions(IReadOnlyList<string> Texts, Plans.ActionItem? Action, Plans.LogEntry Created);
