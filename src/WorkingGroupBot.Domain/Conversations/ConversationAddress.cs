namespace WorkingGroupBot.Conversations;

/// <summary>Where the bot can write later without being asked: a channel, a group chat or a member's 1:1
/// chat.</summary>
public sealed record ConversationAddress
{
    public required string ServiceUrl { get; init; }
    public required string ConversationId { get; init; }
    public required string TenantId { get; init; }
    public required string BotId { get; init; }
    public string? BotName { get; init; }
}
