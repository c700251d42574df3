using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Storage;

/// <summary>A member's snooze of an action, in the group's Plans partition.</summary>
public sealed class SnoozeEntity : Entity
{
    public DateTimeOffset Until { get; set; }
    public string Deadline { get; set; } = "";

    public static string RowOf(int action, string person) => $"snooze|{action:D6}|{TableKey.Of(person)}";

    public static string PartitionOf(GroupKey group) => PlanRows.PartitionOf(group);
}
