using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// "My actions": the caller's unfinished actions in all their groups, in their personal chat. Asked in a channel or a
/// group chat, the list (of that group) goes to the personal chat and the channel gets a one-line pointer: what one
/// person has to do is not the whole team's reading.
/// </summary>
public sealed class MyActionsHandler(
    MembershipLookup lookup,
    IPlanStore plans,
    PersonalChats personalChats,
    IPersonStore people,
    TimeProvider clock
)
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
        var card = MyActionsCard.Build(request.Texts, ordered, page, showGroups: mine.Count > 1, notice);
        return request.Turn.Scope == ConversationScope.Personal
            ? new CardReply(card)
            : await InPersonalChatAsync(request, mine[0].Membership, card, cancellationToken);
    }

    private async Task<Reply> InPersonalChatAsync(
        Request request,
        Membership membership,
        JsonObject card,
        CancellationToken cancellationToken
    )
    {
        var caller = request.Caller;
        var person = await people.FindAsync(caller.TenantId, caller.AadObjectId, cancellationToken);
        var sent = await personalChats.SendAsync(membership.Group, membership.Member, person, card, cancellationToken);
        return new TextReply(
            request.Texts[
                sent == SendOutcome.Sent ? TextKey.MyActionsSentPersonally : TextKey.MyActionsNotSentPersonally
            ]
        );
    }
}
