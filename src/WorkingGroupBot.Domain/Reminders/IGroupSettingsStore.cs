using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Reminders;

/// <summary>A group's reminder policy and when its last digest went out.</summary>
public sealed record GroupSettings(ReminderPolicy Policy, DateTimeOffset? LastDigestAt)
{
    public static GroupSettings Default { get; } = new(ReminderPolicy.Default, null);
}

public interface IGroupSettingsStore
{
    Task<GroupSettings> GetAsync(GroupKey group, CancellationToken cancellationToken);

    Task SavePolicyAsync(GroupKey group, ReminderPolicy policy, CancellationToken cancellationToken);

    Task SetLastDigestAsync(GroupKey group, DateTimeOffset at, CancellationToken cancellationToken);
}
