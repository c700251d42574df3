using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

public interface IMemberStore
{
    Task<Member?> FindAsync(GroupKey group, string aadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListAsync(GroupKey group, CancellationToken cancellationToken);

    /// <summary>
    /// Writes one page of Teams' roster: new people join as members, the others are updated and stay in their roles;
    /// every row is stamped with the sync's <paramref name="generation"/>. Idempotent.
    /// </summary>
    Task RecordRosterPageAsync(
        GroupKey group,
        IReadOnlyList<TeamsIdentity> page,
        string generation,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Marks as left the members in the roster that the sync <paramref name="generation"/> did not stamp, each only if
    /// its row did not change since read; their history stays.
    /// </summary>
    /// <returns>The AAD object ids of those marked.</returns>
    Task<IReadOnlyList<string>> MarkNotSyncedLeftAsync(
        GroupKey group,
        string generation,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// The group's chair in its roster, or, when it has none, <paramref name="installer"/> made its chair (stamped with
    /// <paramref name="generation"/>, so the sync that follows keeps them).
    /// </summary>
    Task<Member> EnsureChairAsync(
        GroupKey group,
        TeamsIdentity installer,
        string generation,
        CancellationToken cancellationToken
    );

    /// <summary>The ids of the tenant's groups that have this person in their roster, read from the members'
    /// side.</summary>
    Task<IReadOnlyList<string>> FindGroupIdsAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Gives a member the role, if the group then still has a chair in its roster: checked and written atomically, so
    /// two
    /// chairs stepping down at once cannot leave the group without one.
    /// </summary>
    /// <returns>False when the member is not in the group, or the change would leave no chair.</returns>
    Task<bool> SetRoleAsync(GroupKey group, string aadObjectId, MemberRole role, CancellationToken cancellationToken);

    /// <summary>Sets or clears (null) a member's absence.</summary>
    /// <returns>False when they are not a member of the group.</returns>
    Task<bool> SetAwayAsync(GroupKey group, string aadObjectId, Absence? away, CancellationToken cancellationToken);

    Task SetUnreachableAsync(GroupKey group, string aadObjectId, bool unreachable, CancellationToken cancellationToken);
}
