using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Conversations;

/// <summary>Who asks, and where: a personal chat, or a group's channel or group chat.</summary>
public sealed record Turn
{
    public required Caller Caller { get; init; }
    public required ConversationScope Scope { get; init; }

    /// <summary>The group of a channel or group chat; null in a personal chat.</summary>
    public GroupKey? Group { get; init; }

    public TextSet Texts => TextSet.For(Caller.Language);
}
