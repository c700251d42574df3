namespace WorkingGroupBot.Storage;

/// <summary>A link row, keyed by its token, so opening a link is one point read.</summary>
public sealed class LinkEntity : Entity
{
    public const string Row = "link";

    public string Kind { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string GroupId { get; set; } = "";
    public string Language { get; set; } = "";
    public DateTimeOffset? ExpiresAt { get; set; }
}
