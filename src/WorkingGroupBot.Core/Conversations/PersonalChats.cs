using System.Text.Json.Nodes;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;

namespace WorkingGroupBot.Conversations;

/// <summary>
/// Sends a card to a member's personal chat: the one on record, or one opened now through the group's channel (and
/// remembered for the next time). What is for one person only goes there, never to the group's channel.
/// </summary>
public sealed class PersonalChats(IProactiveSender sender, IPersonStore people)
{
    /// <param name="person">What is stored about the member as a person, when the caller has read it already.</param>
    public async Task<SendOutcome> SendAsync(
        Group group,
        Member member,
        Person? person,
        JsonObject card,
        CancellationToken cancellationToken
    )
    {
        var chat = person?.PersonalChat;
        if (chat is null)
        {
            var (outcome, opened) = await sender.OpenPersonalChatAsync(group, member, cancellationToken);
            if (opened is null)
            {
                return outcome;
            }

            await people.RememberPersonalChatAsync(group.Key.TenantId, member.AadObjectId, opened, cancellationToken);
            chat = opened;
        }

        return await sender.SendAsync(chat, card, cancellationToken);
    }
}
