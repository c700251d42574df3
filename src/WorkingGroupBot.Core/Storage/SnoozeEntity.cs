using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

/// <summary>A member's snooze of an action, in the group's Plans partition.</summary>
public sealed class SnoozeEntity : Entity
{
    public DateTimeOffset Until { get; set; }
    public string Deadline { get; set; } = "";

    public const string Prefix = "snooze|";

    public static string RowOf(int action, string person) => $"{Prefix}{action:D6}|{TableKey.Of(person)}";

    /// <summary>The action and the person a snooze row is keyed by.</summary>
    public static (int Action, string Person) KeyOf(string rowKey)
    {
        var parts = TableKey.PartsOf(rowKey);
        return (int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]);
    }

    public Snooze ToSnooze() => new(Until, DateOnly.ParseExact(Deadline, "yyyy-MM-dd"));

    public static string PartitionOf(GroupKey group) => PlanRows.PartitionOf(group);
}
