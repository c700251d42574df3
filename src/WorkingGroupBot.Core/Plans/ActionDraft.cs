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

    /// <summary>The new action this draft (already validated) describes.</summary>
    public ActionItem ToAction(int number, string createdBy, DateTimeOffset at) => AppliedTo(new ActionItem
    {
        Number = number,
        Title = "",
        AreaId = "",
        Responsible = [],
        Deadline = default,
        CreatedBy = createdBy,
        CreatedAt = at,
    });

    /// <summary>An action with this draft's (already validated) values; its status and history stay.</summary>
    public ActionItem AppliedTo(ActionItem action) => action with
    {
        Title = Title,
        Description = Description,
        AreaId = AreaId,
        Responsible = Responsible,
        Deadline = Deadline!.Value,
        DeadlineTime = DeadlineTime,
    };
}
