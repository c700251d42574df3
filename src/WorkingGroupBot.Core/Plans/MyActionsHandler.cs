using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>"My actions": the caller's unfinished actions in this group, or in all their groups in a personal chat.</summary>
public sealed class MyActionsHandler(MembershipLookup memberships, IPlanStore plans, ActionViews views)
{
    public async Task<Reply> ListAsync(Request request, CancellationToken cancellationToken, Notice? notice = null)
    {
        var mine = await memberships.FindAsync(request.Turn, cancellationToken);
        if (mine.Count == 0)
        {
            return new TextReply(request.Texts[TextKey.NotAMember]);
        }

        var perGroup = await Task.WhenAll(mine.Select(m => OpenActionsAsync(m, cancellationToken)));
        var ordered = perGroup.SelectMany(v => v)
            .OrderBy(v => v.Action.Deadline)
            .ThenBy(v => v.Action.DeadlineTime ?? TimeOnly.MaxValue)
            .ThenBy(v => v.Action.Number)
            .ToList();
        var page = request.Input.Int(CardData.Page) ?? 0;
        return new CardReply(MyActionsCard.Build(request.Texts, ordered, page, showGroups: mine.Count > 1, notice));
    }

    private async Task<IEnumerable<ActionView>> OpenActionsAsync(Membership membership, CancellationToken cancellationToken)
    {
        var actions = plans.ListActionsAsync(membership.Group.Key, cancellationToken);
        var context = await views.LoadAsync(membership, cancellationToken);
        return (await actions)
            .Where(a => !a.Status.IsClosed() && a.IsResponsible(membership.Member.AadObjectId))
            .Select(context.View);
    }
}
