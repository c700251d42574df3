using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Plans;

/// <summary>Loads what an action card needs besides the action: the plan's areas, the group's people, today's date.</summary>
public sealed class ActionViews(IPlanStore plans, IMemberStore members, TimeProvider clock)
{
    /// <summary>Loads the group and the action a request names; the handler gets both, or the caller a clear message.</summary>
    public Task<Reply> WithActionAsync(GroupScope scope, Request request, Func<GroupContext, ActionItem, Task<Reply>> handle, CancellationToken cancellationToken) =>
        scope.RunAsync(request, async membership =>
        {
            var action = plans.FindActionAsync(membership.Group.Key, request.Input.Int(CardData.Action) ?? 0, cancellationToken);
            var context = await LoadAsync(membership, cancellationToken);
            return await action is { } found ? await handle(context, found) : new TextReply(request.Texts[TextKey.ActionNotFound]);
        }, cancellationToken);

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
