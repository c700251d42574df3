using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Storage;

public sealed class ActionEntity : Entity
{
    private const char Separator = '|';

    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string AreaId { get; set; } = "";
    public string Responsible { get; set; } = "";

    /// <summary>The owning institution's id; missing on actions from before institutions.</summary>
    public string? Institution { get; set; }

    /// <summary>Who was named on an institution's action ("" for no one); missing where not known.</summary>
    public string? Named { get; set; }
    public string Deadline { get; set; } = "";
    public string? DeadlineTime { get; set; }
    public string Status { get; set; } = nameof(ActionStatus.Open);
    public string? BlockedReason { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StatusChangedAt { get; set; }
    public int Revision { get; set; }

    public static ActionEntity From(GroupKey group, ActionItem action) =>
        new()
        {
            PartitionKey = PlanRows.PartitionOf(group),
            RowKey = PlanRows.Action(action.Number),
            Number = action.Number,
            Title = action.Title,
            Description = action.Description,
            AreaId = action.AreaId,
            Responsible = string.Join(Separator, action.Responsible),
            Institution = action.Institution,
            Named = action.Named is null ? null : string.Join(Separator, action.Named),
            Deadline = action.Deadline.ToString("yyyy-MM-dd"),
            DeadlineTime = action.DeadlineTime?.ToString("HH:mm"),
            Status = action.Status.ToString(),
            BlockedReason = action.BlockedReason,
            CreatedBy = action.CreatedBy,
            CreatedAt = action.CreatedAt,
            StatusChangedAt = action.StatusChangedAt,
            Revision = action.Revision,
        };

    public ActionItem ToAction() =>
        new()
        {
            Number = Number,
            Title = Title,
            Description = Description,
            AreaId = AreaId,
            Responsible = Responsible.Split(Separator, StringSplitOptions.RemoveEmptyEntries),
            Institution = string.IsNullOrEmpty(Institution) ? null : Institution,
            Named = Named?.Split(Separator, StringSplitOptions.RemoveEmptyEntries),
            Deadline = DateOnly.ParseExact(Deadline, "yyyy-MM-dd"),
            DeadlineTime = DeadlineTime is null ? null : TimeOnly.ParseExact(DeadlineTime, "HH:mm"),
            Status = Enum.Parse<ActionStatus>(Status),
            BlockedReason = BlockedReason,
            CreatedBy = CreatedBy,
            CreatedAt = CreatedAt,
            StatusChangedAt = StatusChangedAt,
            Revision = Revision,
        };
}
