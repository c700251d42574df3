using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Commands;

public sealed class HelpHandler(MembershipLookup memberships)
{
    public async Task<Reply> HandleAsync(Turn turn, CancellationToken cancellationToken) =>
        new CardReply(HelpCard.Build(turn.Texts, await memberships.FindAsync(turn, cancellationToken)));
}
