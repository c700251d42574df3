using System.Text;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Storage;

/// <summary>
/// A reminder row. Partition: one of a few shards (by group); row key: due time first, so "what is due" is a range
/// query per shard. A group's reminders share a shard, so a sent reminder and its successor commit together. A reminder
/// whose send failed moves to a row keyed by its next attempt (<see cref="From(GroupKey, Reminder, DateTimeOffset)"/>):
/// rows waiting out a backoff are not in the range of what is due, so they never crowd out reminders that are.
/// </summary>
public sealed class ReminderEntity : Entity
{
    private const string DueFormat = "yyyyMMdd'T'HHmmss";

    public string TenantId { get; set; } = "";
    public string GroupId { get; set; } = "";
    public string Kind { get; set; } = "";
    public int Action { get; set; }
    public string Person { get; set; } = "";
    public string? Deadline { get; set; }
    public string? Meeting { get; set; }
    public string? Occurrence { get; set; }
    public string TimeZone { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }

    // The claim: null in what the planner writes, so that planning a reminder again (a merge) never touches them.
    public DateTimeOffset? LeaseUntil { get; set; }
    public int? Attempts { get; set; }
    public string? ClaimId { get; set; }

    public static string PartitionOf(GroupKey group) => "due-" + ShardOf(group);

    public static string PartitionOf(int shard) => "due-" + shard;

    /// <summary>Row keys sort by due time; every row due at or before <paramref name="now"/> sorts before
    /// this.</summary>
    public static string RowsDueBy(DateTimeOffset now) => now.UtcDateTime.ToString(DueFormat) + "~";

    public static ReminderEntity From(GroupKey group, Reminder reminder) => From(group, reminder, reminder.DueAt);

    /// <summary>The row of a reminder to be tried at <paramref name="attemptAt"/>: its due time unless it failed
    /// before.</summary>
    public static ReminderEntity From(GroupKey group, Reminder reminder, DateTimeOffset attemptAt) =>
        new()
        {
            PartitionKey = PartitionOf(group),
            RowKey =
                attemptAt.UtcDateTime.ToString(DueFormat)
                + "|"
                + TableKey.Of(
                    group.TenantId,
                    group.GroupId,
                    reminder.Kind.ToString(),
                    reminder.Action.ToString(),
                    reminder.Person,
                    reminder.Meeting,
                    reminder.Occurrence?.ToString("yyyyMMdd") ?? ""
                ),
            TenantId = group.TenantId,
            GroupId = group.GroupId,
            Kind = reminder.Kind.ToString(),
            Action = reminder.Action,
            Person = reminder.Person,
            Deadline = reminder.Deadline?.ToString("yyyy-MM-dd"),
            Meeting = reminder.Meeting,
            Occurrence = reminder.Occurrence?.ToString("yyyy-MM-dd"),
            TimeZone = reminder.TimeZone,
            DueAt = reminder.DueAt,
        };

    /// <summary>The reminder; null for a kind this version does not know (written by a newer one), which it leaves
    /// alone.</summary>
    public DueReminder? ToDue() =>
        !Enum.TryParse<ReminderKind>(Kind, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _)
            ? null
            : new(
                new GroupKey(TenantId, GroupId),
                new Reminder
                {
                    Kind = kind,
                    DueAt = DueAt,
                    Action = Action,
                    Person = Person,
                    Deadline = Deadline is null ? null : DateOnly.ParseExact(Deadline, "yyyy-MM-dd"),
                    Meeting = Meeting ?? "",
                    Occurrence = Occurrence is null ? null : DateOnly.ParseExact(Occurrence, "yyyy-MM-dd"),
                    TimeZone = TimeZone,
                },
                LeaseUntil,
                Attempts ?? 0,
                ETag.ToString(),
                RowKey,
                ClaimId
            );

    /// <summary>A stable spread of groups over the shards (string.GetHashCode differs between processes).</summary>
    private static int ShardOf(GroupKey group)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(group.TenantId + "|" + group.GroupId))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % IReminderStore.Shards);
    }
}
