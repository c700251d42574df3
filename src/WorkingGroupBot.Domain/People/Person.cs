using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.People;

/// <summary>What the bot knows of a person across their groups: their 1:1 chat and the groups they belong to.</summary>
public sealed record Person
{
    public required string TenantId { get; init; }
    public required string AadObjectId { get; init; }
    public ConversationAddress? PersonalChat { get; init; }
    public string? TimeZone { get; init; }
    public Language? Language { get; init; }
    public IReadOnlyList<string> GroupIds { get; init; } = [];
}
