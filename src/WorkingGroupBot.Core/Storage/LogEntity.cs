using System.Text.Json;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Storage;

public sealed class LogEntity : Entity
{
    public string Kind { get; set; } = "";
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Changes { get; set; }
    public string? Note { get; set; }

    /// <summary>
    /// Which write made this line, so that a writer whose answer from the storage was lost (and whose retry then met
    /// its own commit as a conflict) can recognise the commit as its own instead of applying the change again.
    /// </summary>
    public string? Attempt { get; set; }

    public static LogEntity From(GroupKey group, int number, int sequence, LogEntry entry) =>
        new()
        {
            PartitionKey = PlanRows.PartitionOf(group),
            RowKey = PlanRows.Log(number, sequence),
            Kind = entry.Kind.ToString(),
            AuthorId = entry.AuthorId,
            AuthorName = entry.AuthorName,
            At = entry.At,
            Changes = entry.Changes.Count == 0 ? null : JsonSerializer.Serialize(entry.Changes),
            Note = entry.Note,
        };

    public LogEntry ToEntry() =>
        new()
        {
            Kind = Enum.Parse<LogKind>(Kind),
            AuthorId = AuthorId,
            AuthorName = AuthorName,
            At = At,
            Changes = Changes is null ? [] : JsonSerializer.Deserialize<List<FieldChange>>(Changes) ?? [],
            Note = Note,
        };
}
