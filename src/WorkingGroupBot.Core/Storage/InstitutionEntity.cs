using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Storage;

/// <summary>An institution's row in its group's Plans partition (<see cref="PlanRows.Institution"/>).</summary>
public sealed class InstitutionEntity : Entity
{
    public string InstitutionId { get; set; } = "";
    public string? Kind { get; set; }
    public string? Name { get; set; }

    /// <summary>The representatives' AAD object ids, comma-separated.</summary>
    public string Representatives { get; set; } = "";
    public string? Deputy { get; set; }

    public static InstitutionEntity From(GroupKey group, Institution institution) =>
        new()
        {
            PartitionKey = PlanRows.PartitionOf(group),
            RowKey = PlanRows.Institution(institution.Id),
            InstitutionId = institution.Id,
            Kind = institution.Kind?.ToString(),
            Name = institution.Name,
            Representatives = string.Join(',', institution.Representatives),
            Deputy = institution.Deputy,
        };

    public Institution ToInstitution() =>
        new()
        {
            Id = InstitutionId,
            Kind = Enum.TryParse<TextKey>(Kind, out var kind) ? kind : null,
            Name = Name,
            Representatives = Representatives.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Deputy = string.IsNullOrEmpty(Deputy) ? null : Deputy,
        };
}
