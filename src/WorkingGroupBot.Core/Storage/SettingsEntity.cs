using System.Text.Json;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

/// <summary>The group's settings row in its Plans partition; the policy is kept as JSON.</summary>
public sealed class SettingsEntity : Entity
{
    public const string Row = "settings";

    public string? Policy { get; set; }
    public DateTimeOffset? LastDigestAt { get; set; }

    public GroupSettings ToSettings() =>
        new(
            Policy is null
                ? ReminderPolicy.Default
                : JsonSerializer.Deserialize<ReminderPolicy>(Policy) ?? ReminderPolicy.Default,
            LastDigestAt
        );
}
