using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Storage;

public sealed class AreaEntity : Entity
{
    public string AreaId { get; set; } = "";
    public string? Name { get; set; }
    public string? TemplateName { get; set; }
    public bool Retired { get; set; }
    public int Order { get; set; }
    public string? Institution { get; set; }

    public static AreaEntity From(GroupKey group, Area area) =>
        new()
        {
            PartitionKey = PlanRows.PartitionOf(group),
            RowKey = PlanRows.Area(area.Id),
            AreaId = area.Id,
            Name = area.Name,
            TemplateName = area.TemplateName?.ToString(),
            Retired = area.Retired,
            Order = area.Order,
            Institution = area.Institution,
        };

    public Area ToArea() =>
        new()
        {
            Id = AreaId,
            Name = Name,
            TemplateName = Enum.TryParse<TextKey>(TemplateName, out var key) ? key : null,
            Retired = Retired,
            Order = Order,
            Institution = string.IsNullOrEmpty(Institution) ? null : Institution,
        };
}
