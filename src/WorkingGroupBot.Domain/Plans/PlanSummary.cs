using WorkingGroupBot.Members;

namespace WorkingGroupBot.Plans;

/// <param name="Unfinished">The area's actions not done or cancelled, nearest deadline first.</param>
public sealed record AreaSummary(
    Area Area,
    IReadOnlyDictionary<ActionStatus, int> ByStatus,
    int Overdue,
    IReadOnlyList<ActionItem> Unfinished
)
{
    public int Total => ByStatus.Values.Sum();

    public int Count(ActionStatus status) => ByStatus.GetValueOrDefault(status);
}

/// <summary>One member's part of the plan: their unfinished actions and the nearest of them.</summary>
public sealed record MemberLoad(Member Member, int Open, ActionItem? Nearest);

/// <summary>A member with overdue actions: how many, and by how many days the oldest is late.</summary>
public sealed record Behind(Member Member, int Overdue, int OldestDays);

/// <summary>
/// The plan at a glance: who is behind (longest late first) and the open actions no one in the roster is responsible
/// for; per area the actions by status and how many are overdue; who does what.
/// </summary>
public sealed record PlanSummary(IReadOnlyList<AreaSummary> Areas, IReadOnlyList<MemberLoad> WhoDoesWhat)
{
    public IReadOnlyList<Behind> Behind { get; init; } = [];

    /// <summary>Open actions with no one in the roster responsible, nearest deadline first.</summary>
    public IReadOnlyList<ActionItem> NoOneResponsible { get; init; } = [];

    /// <summary>People who left the group and are still responsible for unfinished actions, with how many: their
    /// actions wait for a chair to hand them over.</summary>
    public IReadOnlyList<(Member Member, int Unfinished)> Left { get; init; } = [];

    /// <summary>Each institution's unfinished actions (those it owns or its representatives have) and how many of
    /// them are overdue (put in the institutions' order with <see cref="Institution.Ordered{T}"/>); empty in a group
    /// without institutions.</summary>
    public IReadOnlyList<(Institution Institution, int Unfinished, int Overdue)> ByInstitution { get; init; } = [];

    /// <summary>Who is away today, with who gets their reminders (null when no one does).</summary>
    public IReadOnlyList<(Member Member, Member? Cover)> Away { get; init; } = [];

    public static PlanSummary Build(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<Member> members,
        DateOnly today,
        IReadOnlyList<Institution> institutions
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
                return new AreaSummary(
                    a,
                    byStatus,
                    inArea.Count(x => x.IsOverdue(today)),
                    inArea.Where(x => !x.Status.IsClosed()).OrderBy(x => x.Deadline).ThenBy(x => x.Number).ToList()
                );
            })
            .ToList();
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
        var behind = inRoster
            .Select(m =>
            {
                var late = actions.Where(x => x.IsOverdue(today) && x.IsResponsible(m.AadObjectId)).ToList();
                return new Behind(
                    m,
                    late.Count,
                    late.Count == 0 ? 0 : today.DayNumber - late.Min(x => x.Deadline).DayNumber
                );
            })
            .Where(b => b.Overdue > 0)
            .OrderByDescending(b => b.OldestDays)
            .ThenBy(b => b.Member.Name, StringComparer.CurrentCulture)
            .ToList();
        var noOne = actions
            .Where(x => !x.Status.IsClosed() && !x.Responsible.Any(present.Contains))
            .OrderBy(x => x.Deadline)
            .ToList();
        return new PlanSummary(areas, loads)
        {
            Behind = behind,
            NoOneResponsible = noOne,
            Left = members
                .Where(m => !m.InRoster)
                .Select(m => (m, actions.Count(a => !a.Status.IsClosed() && a.IsResponsible(m.AadObjectId))))
                .Where(l => l.Item2 > 0)
                .OrderBy(l => l.m.Name, StringComparer.CurrentCulture)
                .ToList(),
            ByInstitution = institutions
                .Select(i =>
                {
                    var theirs = actions.Where(a => !a.Status.IsClosed() && IsOf(a, i)).ToList();
                    return (i, theirs.Count, theirs.Count(a => a.IsOverdue(today)));
                })
                .ToList(),
            Away = inRoster
                .Where(m => m.IsAwayOn(today))
                .Select(m => (m, Cover.For(inRoster, institutions, m, today)))
                .ToList(),
        };
    }

    /// <summary>Whether the action is the institution's: it owns it, or one of its representatives is
    /// responsible.</summary>
    public static bool IsOf(ActionItem action, Institution institution) =>
        action.Institution == institution.Id || action.Responsible.Any(institution.Representatives.Contains);
}
