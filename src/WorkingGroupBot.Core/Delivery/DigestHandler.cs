using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>The group's digest on request (chairs), in the conversation where it was asked for.</summary>
public sealed class DigestHandler
{
    public Task<Reply> ShowAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var digest = Digest.Build(
            context.Read.Actions,
            context.Members,
            context.Today,
            context.Read.Settings.LastDigestAt,
            context.Read.Institutions
        );
        return Task.FromResult<Reply>(
            new CardReply(DigestCard.Build(context.Texts, context.Group, digest, context.Members))
        );
    }
}
