using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Links;

/// <summary>An opened link and its group.</summary>
public sealed record OpenLink(Link Link, Group Group);

/// <summary>
/// Opens a link only while its access stands, checked on every request: the group is active (the bot was not removed),
/// and the person it is for is still in the group (for an export, still a chair). A link met while its access is gone
/// is revoked, so it stays dead if the person or the bot comes back later.
/// </summary>
public sealed class LinkAccess(ILinkStore links, IGroupStore groups, IMemberStore members, TimeProvider clock)
{
    public async Task<OpenLink?> OpenAsync(string token, LinkKind[] kinds, CancellationToken cancellationToken)
    {
        if (
            await links.FindAsync(token, clock.GetUtcNow(), cancellationToken) is not { } link
            || !kinds.Contains(link.Kind)
        )
        {
            return null;
        }

        var group = groups.FindAsync(link.Group, cancellationToken);
        var member = link.Person is { } person
            ? members.FindAsync(link.Group, person, cancellationToken)
            : Task.FromResult<Member?>(null);
        await Task.WhenAll(group, member);
        if (await group is { Active: true } active && (link.Person is null || MayOpen(link.Kind, await member)))
        {
            return new OpenLink(link, active);
        }

        await links.RevokeAsync(link, cancellationToken);
        return null;
    }

    private static bool MayOpen(LinkKind kind, Member? member) =>
        kind == LinkKind.PlanExport ? member is { IsChair: true } : member is { InRoster: true };
}
