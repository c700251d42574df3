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

/// <summary>
/// A meeting's agenda drawn from the plan: per area the actions overdue, due before the following meeting, blocked
/// (with
/// reasons) and done since the previous meeting; and what became of the previous meeting's decisions.
/// </summary>
public sealed record Agenda(IReadOnlyList<AgendaArea> Areas, IReadOnlyList<DecisionFollowUp> PreviousDecisions)
{
    private const int DefaultHorizonDays = 30;

    public int Size => Areas.Sum(a => a.Count) + PreviousDecisions.Count;

    public static Agenda Build(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        DateOnly meetingDate,
        DateOnly? nextMeetingDate,
        DateTimeOffset? previousMeetingStart,
        IReadOnlyList<Decision> previousDecisions
    )
    {
        var horizon = nextMeetingDate ?? meetingDate.AddDays(DefaultHorizonDays);
        var since = previousMeetingStart ?? DateTimeOffset.MinValue;
        var areas = plan
            .Areas.Select(area =>
            {
                var inArea = actions
                    .Where(a => a.AreaId == area.Id)
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
        return new Agenda(areas, followUps);
    }
}
