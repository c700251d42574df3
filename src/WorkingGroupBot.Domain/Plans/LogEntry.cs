namespace WorkingGroupBot.Plans;

/// <summary>One line of an action's history: a progress note, or a change (the audit trail).</summary>
public sealed record LogEntry
{
    public required LogKind Kind { get; init; }
    public required string AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public required DateTimeOffset At { get; init; }
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
    public string? Note { get; init; }
}

public enum LogKind
{
    Created,
    Changed,
    Note,
}

/// <summary>A field's value before and after; values are stored as plain invariant text.</summary>
public sealed record FieldChange(ActionField Field, string? Before, string? After);

public enum ActionField
{
    Title,
    Description,
    Area,
    Responsible,
    Institution,
    Deadline,
    Status,
    BlockedReason,
}
