using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Links;

public interface ILinkStore
{
    Task<Link> CreateAsync(LinkKind kind, GroupKey group, Language language, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>The link, or null when the token is unknown, malformed or expired at <paramref name="now"/>.</summary>
    Task<Link?> FindAsync(string token, DateTimeOffset now, CancellationToken cancellationToken);
}
