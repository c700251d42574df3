using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Plans;

/// <summary>Loads what an action card needs besides the action: the plan's areas, the group's people, today's date.</summary>
public sealed class ActionViews(IPlanStore plans, IMemberStore members, TimeProvider clock)
{
    public async Task<GroupContext> LoadAsync(Membership membership, CancellationToken cancellationToken)
    {
        var plan = plans.FindPlanAsync(membership.Group.Key, cancellationToken);
        var roster = members.ListAsync(membership.Group.Key, cancellationToken);
        return new GroupContext(membership, await plan, await roster, clock.Today(membership.Group.TimeZone));
    }
}

/// <summary>A group as one viewer sees it at one moment.</summary>
public sealed record GroupContext(Membership Membership, Plan? StartedPlan, IReadOnlyList<Member> Members, DateOnly Today)
{
    private static readonly Plan NoPlan = new([]);

    public Group Group => Membership.Group;

    public Plan Plan => StartedPlan ?? NoPlan;

    public ActionView View(ActionItem action) => new(Group, action, Plan, Members, Membership.Member, Today);

    public IReadOnlySet<string> Roster => Members.Where(m => m.InRoster).Select(m => m.AadObjectId).ToHashSet();
}
