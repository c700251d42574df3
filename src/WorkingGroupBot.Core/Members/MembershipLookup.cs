using System.Collections.Concurrent;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.People;

namespace WorkingGroupBot.Members;

/// <summary>
/// Finds the groups a turn is about: the group of the channel or chat it came from, or, in a personal chat, every
/// active group the caller belongs to. Always within the caller's own tenant.
/// </summary>
public sealed class MembershipLookup(IGroupStore groups, IMemberStore members, IPersonStore people, TimeProvider clock)
{
    /// <summary>How often a person without known groups is looked for from the members' side (a query over the tenant's rows).</summary>
    public static readonly TimeSpan MembersCheckInterval = TimeSpan.FromMinutes(10);

    private const int MaxRemembered = 10_000;

    // In memory, per instance: a stranger's turn must not write to storage. Bounded: expired entries go when it fills.
    private readonly ConcurrentDictionary<(string TenantId, string AadObjectId), DateTimeOffset> checkedAt = new();

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
        var memberships = await InGroupsAsync(caller, groupIds, cancellationToken);
        if (memberships.Count > 0)
        {
            return memberships;
        }

        // None known from the person's side: a roster sync cut short (or one by an older version, which wrote the member's
        // row before the person's) can have left out the row that tells their personal chat about a group. Look from the
        // members' side, and write what was missing; but that query reads the whole tenant, so a stranger who keeps
        // writing (or searching) costs one per interval, not one per turn.
        if (!IsDueForMembersCheck(caller))
        {
            return [];
        }

        var missing = (await members.FindGroupIdsAsync(caller.TenantId, caller.AadObjectId, cancellationToken)).Except(groupIds).ToList();
        var repaired = missing.Count == 0 ? [] : await InGroupsAsync(caller, missing, cancellationToken);
        foreach (var membership in repaired)
        {
            await people.RecordMembershipAsync(membership.Group.Key, new RosterChange([caller.AadObjectId], []), cancellationToken);
        }

        return repaired;
    }

    private bool IsDueForMembersCheck(Caller caller)
    {
        var now = clock.GetUtcNow();
        var key = (caller.TenantId, caller.AadObjectId);
        if (checkedAt.TryGetValue(key, out var at) && now - at < MembersCheckInterval)
        {
            return false;
        }

        if (checkedAt.Count >= MaxRemembered)
        {
            foreach (var old in checkedAt.Where(p => now - p.Value >= MembersCheckInterval))
            {
                checkedAt.TryRemove(old);
            }

            if (checkedAt.Count >= MaxRemembered)
            {
                // A flood of strangers: the cost stays bounded, the repair waits until it has passed.
                return false;
            }
        }

        checkedAt[key] = now;
        return true;
    }

    private async Task<IReadOnlyList<Membership>> InGroupsAsync(Caller caller, IReadOnlyList<string> groupIds, CancellationToken cancellationToken)
    {
        var found = await groups.FindManyAsync(caller.TenantId, groupIds, cancellationToken);
        var memberships = await Task.WhenAll(found.Where(g => g.Active).Select(async group =>
        {
            var member = await members.FindAsync(group.Key, caller.AadObjectId, cancellationToken);
            return member is { InRoster: true } ? new Membership(group, member) : null;
        }));
        return memberships.OfType<Membership>().ToList();
    }
}
