using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

/// <summary>
/// Told when a group's stored roster has been brought in line with Teams' (after an install, a join or a leave), so
/// what later layers keep per member (e.g. who an Outlook invitation goes to) can follow.
/// </summary>
public interface IRosterUpdates
{
    Task SyncedAsync(Group group, CancellationToken cancellationToken);
}
