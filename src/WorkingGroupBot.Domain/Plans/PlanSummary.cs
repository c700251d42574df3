using WorkingGroupBot.Members;

namespace WorkingGroupBot.Plans;

public sealed record AreaSummary(Area Area, IReadOnlyDictionary<ActionStatus, int> ByStatus, int Overdue);

/// <summary>One member's part of the plan: their unfinished actions and the nearest of them.</summary>
public sealed record MemberLoad(Member Member, int Open, ActionItem? Nearest);

/// <summary>The plan at a glance: per area the actions by status and how many are overdue; who does what.</summary>
public sealed record PlanSummary(
    IReadOnlyList<AreaSummary> Areas,
    int Unassigned,
    IReadOnlyList<MemberLoad> WhoDoesWhat
)
{
    public static PlanSummary Build(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<Member> members,
        DateOnly today
    )
    {
        var inRoster = members.Where(m => m.InRoster).ToList();
        var present = inRoster.Select(m => m.AadObjectId).ToHashSet();
        var areas = plan
            .Areas.Where(a => !a.Retired || actions.Any(x => x.AreaId == a.Id))
            .Select(a =>
            {
                var inArea = actions.Where(x => x.AreaId == a.Id).ToList();
                var byStatus = Enum.GetValues<ActionStatus>()
                    .ToDictionary(s => s, s => inArea.Count(x => x.Status == s));
                return new AreaSummary(a, byStatus, inArea.Count(x => x.IsOverdue(today)));
            })
            .ToList();
        var unassigned = actions.Count(x => !x.Status.IsClosed() && !x.Responsible.Any(present.Contains));
        var loads = inRoster
            .Select(m =>
            {
                var open = actions
                    .Where(x => !x.Status.IsClosed() && x.IsResponsible(m.AadObjectId))
                    .OrderBy(x => x.Deadline)
                    .ToList();
                return new MemberLoad(m, open.Count, open.FirstOrDefault());
            })
            .OrderBy(l => l.Nearest?.Deadline ?? DateOnly.MaxValue)
            .ThenBy(l => l.Member.Name, StringComparer.CurrentCulture)
            .ToList();
        return new PlanSummary(areas, unassigned, loads);
    }
}
