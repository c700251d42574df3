using System.Text.Json.Nodes;
using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Reminders;

/// <summary>Writes to people and channels without being asked, and says honestly whether it worked.</summary>
public interface IProactiveSender
{
    /// <summary>Sends a card to the member's personal chat, opening the chat first if the bot has none with them yet.</summary>
    Task<SendOutcome> SendToPersonAsync(Group group, Recipient to, JsonObject card, CancellationToken cancellationToken);

    Task<SendOutcome> SendToChannelAsync(Group group, JsonObject card, CancellationToken cancellationToken);
}

public enum SendOutcome
{
    Sent,

    /// <summary>
    /// Teams will not deliver there (the person blocked or removed the bot, the conversation is not found): trying again
    /// will not help.
    /// </summary>
    Unreachable,

    /// <summary>Not sent this time (throttled, a fault, a timeout): try again later.</summary>
    Failed,
}
