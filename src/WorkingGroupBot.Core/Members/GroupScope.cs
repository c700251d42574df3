using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// Finds the one group a request is about and checks that the caller is in it. In a channel or group chat that is
/// the conversation's group; in a personal chat the group named by the card (if the caller is in it) or the caller's
/// only group; with several groups and no choice yet, the caller is asked to choose.
/// </summary>
public sealed class GroupScope(MembershipLookup lookup)
{
    public async Task<Reply> RunAsync(Request request, Func<Membership, Task<Reply>> handle, CancellationToken cancellationToken)
    {
        var memberships = await lookup.FindAsync(request.Turn, cancellationToken);
        var named = request.Input.String(CardData.Group);
        var chosen = named is null
            ? memberships.Count == 1 ? memberships[0] : null
            : memberships.FirstOrDefault(m => m.Group.Key.GroupId == named);
        if (chosen is not null)
        {
            return await handle(chosen);
        }

        return named is null && memberships.Count > 1 && request.Verb is not null
            ? new CardReply(ChooseGroupCard.Build(request.Texts, memberships, request.Verb))
            : new TextReply(request.Texts[TextKey.NotAMember]);
    }

    /// <summary>As <see cref="RunAsync"/>, for what only chairs may do.</summary>
    public Task<Reply> RunAsChairAsync(Request request, Func<Membership, Task<Reply>> handle, CancellationToken cancellationToken) =>
        RunAsync(request, membership => membership.Member.IsChair
            ? handle(membership)
            : Task.FromResult<Reply>(new TextReply(request.Texts[TextKey.RefusedChairsOnly])), cancellationToken);
}
