using System.Text.Json.Nodes;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Conversations;

/// <summary>Writes to people and channels without being asked, and says honestly whether it worked.</summary>
public interface IProactiveSender
{
    /// <summary>
    /// Opens the bot's personal chat with a member of the group (Teams gives the one there is, if any); the chat is
    /// null when it could not be opened, and the outcome says why.
    /// </summary>
    Task<(SendOutcome Outcome, ConversationAddress? Chat)> OpenPersonalChatAsync(
        Group group,
        Member member,
        CancellationToken cancellationToken
    );

    /// <summary>Sends a card to a conversation: a group's channel or a member's personal chat.</summary>
    Task<SendOutcome> SendAsync(ConversationAddress to, JsonObject card, CancellationToken cancellationToken);
}

public enum SendOutcome
{
    Sent,

    /// <summary>
    /// Teams will not deliver there (the person blocked or removed the bot, the conversation is not found): trying
    /// again
    /// will not help.
    /// </summary>
    Unreachable,

    /// <summary>Not sent this time (throttled, a fault, a timeout): try again later.</summary>
    Failed,
}
