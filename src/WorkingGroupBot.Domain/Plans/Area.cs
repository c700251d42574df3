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

    /// <summary>The institution suggested for its actions (an institution's id; a built-in one's is its kind), or
    /// null.</summary>
    public string? Institution { get; init; }
    public required int Order { get; init; }

    public string DisplayName(TextSet texts) => Name ?? (TemplateName is { } key ? texts[key] : Id);
}
