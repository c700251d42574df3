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
    /// <summary>How often a person without known groups is looked for from the members' side (a query over the tenant's
    /// rows).</summary>
    public static readonly TimeSpan MembersCheckInterval = TimeSpan.FromMinutes(10);

    private const int MaxRemembered = 10_000;

    // In memory, per instance: a stranger's turn must not write to storage. Bounded: expired entries go when it fills.
    private readonly ConcurrentDictionary<(string TenantId, string AadObjectId), DateTimeOffset> checkedAt = new();

    /// <summary>Every active group the turn is about in which the caller is in the roster (one member read
    /// each).</summary>
    public async Task<IReadOnlyList<Membership>> FindAsync(Turn turn, CancellationToken cancellationToken)
    {
        var groups = await GroupsAsync(turn, cancellationToken);
        return await MembershipsAsync(turn.Caller, groups, cancellationToken);
    }

    /// <summary>
    /// The active groups the turn can be about, before the caller's membership is checked: the channel's or chat's
    /// group, or in a personal chat the groups the person's own rows name.
    /// </summary>
    public async Task<IReadOnlyList<Group>> GroupsAsync(Turn turn, CancellationToken cancellationToken)
    {
        var caller = turn.Caller;
        if (turn.Group is { } key)
        {
            return await groups.FindAsync(key, cancellationToken) is { Active: true } group ? [group] : [];
        }

        var groupIds = (await people.FindAsync(caller.TenantId, caller.AadObjectId, cancellationToken))?.GroupIds ?? [];
        var found = groupIds.Count == 0 ? [] : await ActiveAsync(caller, groupIds, cancellationToken);
        if (found.Count > 0)
        {
            return found;
        }

        // None known from the person's side: a roster sync cut short (or one by an older version, which wrote the
        // member's
        // row before the person's) can have left out the row that tells their personal chat about a group. Look from
        // the
        // members' side, and write what was missing; but that query reads the whole tenant, so a stranger who keeps
        // writing (or searching) costs one per interval, not one per turn.
        if (!IsDueForMembersCheck(caller))
        {
            return [];
        }

        var missing = (await members.FindGroupIdsAsync(caller.TenantId, caller.AadObjectId, cancellationToken))
            .Except(groupIds)
            .ToList();
        var repaired = missing.Count == 0 ? [] : await ActiveAsync(caller, missing, cancellationToken);
        foreach (var group in repaired)
        {
            await people.RecordMembershipAsync(
                group.Key,
                new RosterChange([caller.AadObjectId], []),
                cancellationToken
            );
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

    private async Task<IReadOnlyList<Group>> ActiveAsync(
        Caller caller,
        IReadOnlyList<string> groupIds,
        CancellationToken cancellationToken
    ) => (await groups.FindManyAsync(caller.TenantId, groupIds, cancellationToken)).Where(g => g.Active).ToList();

    /// <summary>The caller's memberships among these groups: one member read each.</summary>
    public async Task<IReadOnlyList<Membership>> MembershipsAsync(
        Caller caller,
        IReadOnlyList<Group> groups,
        CancellationToken cancellationToken
    )
    {
        var memberships = await Task.WhenAll(
            groups.Select(async group =>
            {
                var member = await members.FindAsync(group.Key, caller.AadObjectId, cancellationToken);
                return member is { InRoster: true } ? new Membership(group, member) : null;
            })
        );
        return memberships.OfType<Membership>().ToList();
    }
}
