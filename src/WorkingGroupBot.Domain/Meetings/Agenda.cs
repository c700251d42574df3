using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Meetings;

/// <summary>One area's part of a meeting's agenda.</summary>
public sealed record AgendaArea(
    Area Area,
    IReadOnlyList<ActionItem> Overdue,
    IReadOnlyList<ActionItem> DueBeforeNext,
    IReadOnlyList<ActionItem> Blocked,
    IReadOnlyList<ActionItem> DoneSince
)
{
    public int Count => Overdue.Count + DueBeforeNext.Count + Blocked.Count + DoneSince.Count;
}

/// <summary>What follows from the previous meeting's decision.</summary>
public sealed record DecisionFollowUp(Decision Decision, ActionItem? Action);

/// <summary>An action the last minutes left open (not undertaken or in progress), with the action as it is now (null
/// when it is gone).</summary>
public sealed record CarriedOver(OutcomeLine Outcome, ActionItem? Action);

/// <summary>
/// A meeting's agenda: first what the last minutes left open and what became of the previous meeting's decisions, then
/// the points chairs added, then per area from the plan the actions overdue, due before the following meeting, blocked
/// (with reasons) and done since the previous meeting. An action carried over is not listed again under its area.
/// </summary>
public sealed record Agenda(IReadOnlyList<AgendaArea> Areas, IReadOnlyList<DecisionFollowUp> PreviousDecisions)
{
    private const int DefaultHorizonDays = 30;

    public IReadOnlyList<CarriedOver> Carried { get; init; } = [];
    public IReadOnlyList<string> Points { get; init; } = [];

    public int Size => Carried.Count + PreviousDecisions.Count + Points.Count + Areas.Sum(a => a.Count);

    /// <summary>The actions the meeting looks at, in the agenda's order: carried over, overdue, due, blocked.</summary>
    public IEnumerable<ActionItem> ToReview =>
        Carried
            .Select(c => c.Action)
            .OfType<ActionItem>()
            .Concat(Areas.SelectMany(a => a.Overdue.Concat(a.DueBeforeNext).Concat(a.Blocked)));

    public static Agenda Build(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        DateOnly meetingDate,
        DateOnly? nextMeetingDate,
        DateTimeOffset? previousMeetingStart,
        IReadOnlyList<Decision> previousDecisions,
        Minutes? previousMinutes = null,
        IReadOnlyList<string>? points = null
    )
    {
        var horizon = nextMeetingDate ?? meetingDate.AddDays(DefaultHorizonDays);
        var since = previousMeetingStart ?? DateTimeOffset.MinValue;
        var carried = (previousMinutes?.Open ?? [])
            .Select(o => new CarriedOver(o, actions.FirstOrDefault(a => a.Number == o.Action)))
            .ToList();
        var carriedNumbers = carried.Select(c => c.Outcome.Action).ToHashSet();
        var areas = plan
            .Areas.Select(area =>
            {
                var inArea = actions
                    .Where(a => a.AreaId == area.Id && !carriedNumbers.Contains(a.Number))
                    .OrderBy(a => a.Deadline)
                    .ThenBy(a => a.Number)
                    .ToList();
                var open = inArea.Where(a => !a.Status.IsClosed() && a.Status != ActionStatus.Blocked).ToList();
                return new AgendaArea(
                    area,
                    open.Where(a => a.Deadline < meetingDate).ToList(),
                    open.Where(a => a.Deadline >= meetingDate && a.Deadline < horizon).ToList(),
                    inArea.Where(a => a.Status == ActionStatus.Blocked).ToList(),
                    inArea.Where(a => a.Status == ActionStatus.Done && a.StatusChangedAt > since).ToList()
                );
            })
            .Where(a => a.Count > 0)
            .ToList();
        var followUps = previousDecisions
            .Select(d => new DecisionFollowUp(d, d.Action is { } n ? actions.FirstOrDefault(a => a.Number == n) : null))
            .ToList();
        return new Agenda(areas, followUps) { Carried = carried, Points = points ?? [] };
    }
}
