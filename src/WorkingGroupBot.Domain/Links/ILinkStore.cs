using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Links;

public interface ILinkStore
{
    /// <param name="person">Who the link is for: the member of a personal feed, the chair who asked for an
    /// export.</param>
    Task<Link> CreateAsync(
        LinkKind kind,
        GroupKey group,
        string? person,
        Language language,
        DateTimeOffset? expiresAt,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// The link, or null when the token is unknown, malformed, expired at <paramref name="now"/>, or a calendar feed
    /// that
    /// is no longer its group's (or member's) current one. A dead link row it meets is deleted.
    /// </summary>
    Task<Link?> FindAsync(string token, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The group's calendar feed (person null) or a member's, if it has one.</summary>
    Task<Link?> FindFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken);

    /// <summary>
    /// A new feed link; the old one stops working. The current feed is replaced in one conditional write, so of two
    /// renewals at once one replaces the other's link, and no link is left that a revocation would not reach.
    /// </summary>
    Task<Link> RenewFeedAsync(GroupKey group, string? person, Language language, CancellationToken cancellationToken);

    /// <summary>Stops whichever feed link is current, even while it is being renewed.</summary>
    Task RevokeFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken);

    /// <summary>Stops this link for good, e.g. once its member left the group or the bot was removed from it.</summary>
    Task RevokeAsync(Link link, CancellationToken cancellationToken);

    /// <summary>Deletes at most <paramref name="max"/> link rows expired at <paramref name="now"/>; returns how
    /// many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);
}
