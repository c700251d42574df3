namespace WorkingGroupBot.Groups;

public interface IGroupStore
{
    Task<Group?> FindAsync(GroupKey key, CancellationToken cancellationToken);

    /// <summary>Creates the group, or makes an existing one active again with its new name and channel.</summary>
    /// <returns>True when the group was created or had been inactive.</returns>
    Task<bool> ActivateAsync(Group group, CancellationToken cancellationToken);

    Task DeactivateAsync(GroupKey key, CancellationToken cancellationToken);

    /// <summary>Sets what the group's channel is written in.</summary>
    Task SetLanguageAsync(GroupKey key, Texts.Language language, CancellationToken cancellationToken);

    Task<IReadOnlyList<Group>> FindManyAsync(
        string tenantId,
        IEnumerable<string> groupIds,
        CancellationToken cancellationToken
    );
}
