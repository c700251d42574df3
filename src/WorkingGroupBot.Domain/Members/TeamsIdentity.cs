namespace WorkingGroupBot.Members;

/// <summary>A person as Teams' roster names them. AadObjectId is the stable id; the 29: id is what a 1:1 chat
/// needs.</summary>
public sealed record TeamsIdentity
{
    public required string AadObjectId { get; init; }
    public required string TeamsUserId { get; init; }
    public required string Name { get; init; }
    public string? Upn { get; init; }
}
