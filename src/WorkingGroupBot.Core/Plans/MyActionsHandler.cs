using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>"My actions": the caller's unfinished actions in this group, or in all their groups in a personal
/// chat.</summary>
public sealed class MyActionsHandler(MembershipLookup lookup, IPlanStore plans, TimeProvider clock)
{
    private static readonly PlanReads AllActions = new(AllActions: true);

    public async Task<Reply> ListAsync(Request request, CancellationToken cancellationToken, Notice? notice = null)
    {
        // One read of each group's partition: its plan, members and actions; the caller's membership is in it.
        var groups = await lookup.GroupsAsync(request.Turn, cancellationToken);
        var reads = await Task.WhenAll(groups.Select(g => plans.ReadAsync(g.Key, AllActions, cancellationToken)));
        var mine = groups
            .Zip(reads)
            .Select(x =>
                x.Second.Members.FirstOrDefault(m => m.InRoster && m.AadObjectId == request.Caller.AadObjectId)
                    is { } member
                    ? new GroupContext(
                        request,
                        new Membership(x.First, member),
                        x.Second,
                        clock.Today(x.First.TimeZone)
                    )
                    : null
            )
            .OfType<GroupContext>()
            .ToList();
        if (mine.Count == 0)
        {
            return new TextReply(request.Texts[TextKey.NotAMember]);
        }

        var ordered = mine.SelectMany(context =>
                context
                    .Read.Actions.Where(a => !a.Status.IsClosed() && a.IsResponsible(context.Member.AadObjectId))
                    .Select(context.View)
            )
            .OrderBy(v => v.Action.Deadline)
            .ThenBy(v => v.Action.DeadlineTime ?? TimeOnly.MaxValue)
            .ThenBy(v => v.Action.Number)
            .ToList();
        var page = request.Input.Int(CardData.Page) ?? 0;
        return new CardReply(MyActionsCard.Build(request.Texts, ordered, page, showGroups: mine.Count > 1, notice));
    }
}
