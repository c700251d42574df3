using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

/// <summary>Tells a group that people left it with work still theirs (so a chair hands it over).</summary>
public interface ILeaveNotices
{
    /// <param name="left">The AAD object ids of those who just left.</param>
    Task LeftAsync(Group group, IReadOnlyList<string> left, CancellationToken cancellationToken);
}
