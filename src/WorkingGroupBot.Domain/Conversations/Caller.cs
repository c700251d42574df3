using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Conversations;

/// <summary>The person behind a turn, as Teams identifies them. The tenant comes from the activity, never from card
/// data.</summary>
public sealed record Caller
{
    public required string TenantId { get; init; }
    public required string AadObjectId { get; init; }
    public required string TeamsUserId { get; init; }
    public required string Name { get; init; }
    public required Language Language { get; init; }
    public string? TimeZone { get; init; }
}
