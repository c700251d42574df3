using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.People;

namespace WorkingGroupBot.Members;

/// <summary>
/// Finds the groups a turn is about: the group of the channel or chat it came from, or, in a personal chat, every
/// active group the caller belongs to. Always within the caller's own tenant.
/// </summary>
public sealed class MembershipLookup(IGroupStore groups, IMemberStore members, IPersonStore people)
{
    public async Task<IReadOnlyList<Membership>> FindAsync(Turn turn, CancellationToken cancellationToken)
    {
        var caller = turn.Caller;
        if (turn.Group is { } key)
        {
            // In a channel or group chat the group is known: read it and the caller's row in it at once.
            var group = groups.FindAsync(key, cancellationToken);
            var member = members.FindAsync(key, caller.AadObjectId, cancellationToken);
            await Task.WhenAll(group, member);
            return await group is { Active: true } active && await member is { InRoster: true } row ? [new Membership(active, row)] : [];
        }

        var groupIds = (await people.FindAsync(caller.TenantId, caller.AadObjectId, cancellationToken))?.GroupIds ?? [];
        var found = await groups.FindManyAsync(caller.TenantId, groupIds, cancellationToken);
        var memberships = await Task.WhenAll(found.Where(g => g.Active).Select(async group =>
        {
            var member = await members.FindAsync(group.Key, caller.AadObjectId, cancellationToken);
            return member is { InRoster: true } ? new Membership(group, member) : null;
        }));
        return memberships.OfType<Membership>().ToList();
    }
}
