using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Conversations;

/// <summary>
/// A request about one group, as its handler gets it: the caller's place in the group and the group's partition as
/// the turn read it (one query), at one moment.
/// </summary>
/// <param name="Today">Today in the group's time zone.</param>
public sealed record GroupContext(Request Request, Membership Membership, PlanRead Read, DateOnly Today)
{
    private static readonly Plan NoPlan = new([]);

    public Group Group => Membership.Group;
    public Member Member => Membership.Member;
    public TextSet Texts => Request.Texts;

    /// <summary>The plan, or null when no chair has started it yet.</summary>
    public Plan? StartedPlan => Read.Plan;

    public Plan Plan => Read.Plan ?? NoPlan;
    public IReadOnlyList<Member> Members => Read.Members;

    /// <summary>The action the card named, for a route that reads one (it runs only when the action exists).</summary>
    public ActionItem? Action => Read.Action;

    public IReadOnlySet<string> Roster => Members.Where(m => m.InRoster).Select(m => m.AadObjectId).ToHashSet();
}
