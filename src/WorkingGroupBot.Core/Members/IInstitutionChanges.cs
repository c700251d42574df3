using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Members;

/// <summary>Keeps the actions an institution owns in step with it: its representatives are their responsible.</summary>
public interface IInstitutionChanges
{
    /// <param name="before">The institution as it was (null when new).</param>
    /// <param name="after">The institution as saved (null when removed).</param>
    Task ChangedAsync(
        GroupContext context,
        Institution? before,
        Institution? after,
        CancellationToken cancellationToken
    );
}
