using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// An area (joma) of the plan. Areas from the template keep their template text, so each reader sees them in their own
/// language, until a chair renames them.
/// </summary>
public sealed record Area
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public TextKey? TemplateName { get; init; }
    public bool Retired { get; init; }
    public required int Order { get; init; }

    public string DisplayName(TextSet texts) => Name ?? (TemplateName is { } key ? texts[key] : Id);
}
