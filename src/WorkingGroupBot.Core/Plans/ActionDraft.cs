namespace WorkingGroupBot.Plans;

/// <summary>What a chair filled in on the action form, before it is checked.</summary>
public sealed record ActionDraft
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string AreaId { get; init; } = "";
    public IReadOnlyList<string> Responsible { get; init; } = [];
    public DateOnly? Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }
}
