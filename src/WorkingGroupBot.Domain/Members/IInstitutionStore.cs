using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

/// <summary>A group's institutions, in its own partition (read with the rest of it: <see cref="Plans.PlanRead"/>).</summary>
public interface IInstitutionStore
{
    /// <summary>Adds the institution, or replaces the one with its id.</summary>
    Task SaveAsync(GroupKey group, Institution institution, CancellationToken cancellationToken);

    /// <summary>Removes it; its people stay in the group.</summary>
    Task RemoveAsync(GroupKey group, string institutionId, CancellationToken cancellationToken);
}
