using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

public interface IMemberStore
{
    Task<Member?> FindAsync(GroupKey group, string aadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListAsync(GroupKey group, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the stored members match Teams' roster: new people join as members, people no longer in the roster are
    /// kept but marked as left, roles are kept. When the group has no chair in the roster, <paramref name="firstChair"/>
    /// becomes one.
    /// </summary>
    Task<RosterChange> SyncRosterAsync(GroupKey group, IReadOnlyList<TeamsIdentity> roster, TeamsIdentity? firstChair, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a member the role, if the group then still has a chair in its roster: checked and written atomically, so two
    /// chairs stepping down at once cannot leave the group without one.
    /// </summary>
    /// <returns>False when the member is not in the group, or the change would leave no chair.</returns>
    Task<bool> SetRoleAsync(GroupKey group, string aadObjectId, MemberRole role, CancellationToken cancellationToken);

    Task SetUnreachableAsync(GroupKey group, string aadObjectId, bool unreachable, CancellationToken cancellationToken);
}
