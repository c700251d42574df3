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
    public string? Person { get; set; }
}

/// <summary>Which token is a group's (or a member's) current calendar feed, in the group's Plans partition.</summary>
public sealed class FeedPointerEntity : Entity
{
    public string Token { get; set; } = "";

    public static string RowOf(string? person) => person is null ? "feed|group" : "feed|person|" + TableKey.Of(person);
}
