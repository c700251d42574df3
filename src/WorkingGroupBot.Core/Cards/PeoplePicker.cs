using System.Text.Json.Nodes;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

/// <summary>
/// A choice of the group's members (several, or one). A small group lists everyone, which every Teams client renders;
/// a larger one uses Teams' type-ahead search (the choices come from the bot's answer to an application/search invoke,
/// see <see cref="MemberSearch"/>) and lists only the people already chosen, so the card stays small at any roster
/// size.
/// </summary>
public static class PeoplePicker
{
    /// <summary>Up to this many members are listed on the card (dynamic search may not work on every mobile
    /// client).</summary>
    public const int MaxListed = 50;

    private const int MaxChairsListed = 5;

    private const string DatasetPrefix = "members:";

    public static JsonObject Input(
        TextSet texts,
        string id,
        string label,
        string groupId,
        IReadOnlyList<Member> roster,
        IReadOnlyList<string> selected,
        bool required = false,
        string? error = null,
        bool multiSelect = true
    )
    {
        var inRoster = roster.Where(m => m.InRoster).ToList();
        var byId = inRoster.ToDictionary(m => m.AadObjectId);
        var chosen = selected.Distinct().Select(a => byId.GetValueOrDefault(a)).OfType<Member>().ToList();
        var value = chosen.Count == 0 ? null : string.Join(',', chosen.Select(m => m.AadObjectId));
        if (inRoster.Count <= MaxListed)
        {
            return CardInputs.Choices(
                id,
                label,
                Choices(inRoster.OrderBy(m => m.Name, StringComparer.CurrentCulture)),
                value,
                multiSelect: multiSelect,
                required: required,
                error: error
            );
        }

        // A choice set needs at least one listed choice to be valid: the chairs are listed beside the chosen people.
        var listed = chosen.Concat(inRoster.Where(m => m.IsChair).Take(MaxChairsListed)).DistinctBy(m => m.AadObjectId);
        var picker = CardInputs.Choices(
            id,
            label,
            Choices(listed),
            value,
            multiSelect: multiSelect,
            required: required,
            error: error,
            filtered: true
        );
        picker["placeholder"] = texts[Texts.TextKey.ResponsibleSearchHint];
        picker["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = DatasetOf(groupId) };
        return picker;
    }

    /// <summary>The dataset a picker of this group's members searches.</summary>
    public static string DatasetOf(string groupId) => DatasetPrefix + groupId;

    /// <summary>The group a search's dataset names; null when it is not one of a members picker's.</summary>
    public static string? GroupOf(string? dataset) =>
        dataset is not null
        && dataset.StartsWith(DatasetPrefix, StringComparison.Ordinal)
        && dataset.Length > DatasetPrefix.Length
            ? dataset[DatasetPrefix.Length..]
            : null;

    private static IEnumerable<(string, string)> Choices(IEnumerable<Member> members) =>
        members.Select(m => (m.Name, m.AadObjectId));
}
