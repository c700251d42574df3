using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Links;

public interface ILinkStore
{
    Task<Link> CreateAsync(LinkKind kind, GroupKey group, Language language, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>The link, or null when the token is unknown, malformed or expired at <paramref name="now"/>.</summary>
    Task<Link?> FindAsync(string token, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The group's calendar feed (person null) or a member's, if it has one.</summary>
    Task<Link?> FindFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken);

    /// <summary>A new feed link; the old one, if any, stops working.</summary>
    Task<Link> RenewFeedAsync(GroupKey group, string? person, Language language, CancellationToken cancellationToken);

    Task RevokeFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken);
}
