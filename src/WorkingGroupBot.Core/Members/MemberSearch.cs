using System.Globalization;
using System.Text;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>What Teams' type-ahead asks for: the text typed so far, in which dataset, and which page of
/// results.</summary>
public sealed record SearchQuery(string? Dataset, string Text, int Skip, int Top);

public sealed record SearchResult(string Title, string Value);

/// <summary>
/// Answers the type-ahead search of a <see cref="PeoplePicker"/>: members of the group the dataset names whose names
/// contain the typed text, ignoring case and diacritics ("janis" finds "Jānis"). Only a chair of that group, in their
/// own tenant, gets answers (the picker sits on chairs' forms); anyone else gets none.
/// </summary>
public sealed class MemberSearch(MembershipLookup lookup, IMemberStore members)
{
    /// <summary>Teams shows at most 15 choices in the dropdown.</summary>
    public const int MaxResults = 15;

    public async Task<IReadOnlyList<SearchResult>> FindAsync(
        Turn turn,
        SearchQuery query,
        CancellationToken cancellationToken
    )
    {
        if (PeoplePicker.GroupOf(query.Dataset) is not { } groupId)
        {
            return [];
        }

        var memberships = await lookup.FindAsync(turn, cancellationToken);
        if (memberships.FirstOrDefault(m => m.Group.Key.GroupId == groupId) is not { Member.IsChair: true } membership)
        {
            return [];
        }

        var text = Fold(query.Text);
        var roster = await members.ListAsync(membership.Group.Key, cancellationToken);
        return roster
            .Where(m => m.InRoster && Fold(m.Name).Contains(text, StringComparison.Ordinal))
            .OrderBy(m => m.Name, StringComparer.Create(turn.Texts.Language.Culture(), ignoreCase: true))
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Top, 1, MaxResults))
            .Select(m => new SearchResult(m.Name, m.AadObjectId))
            .ToList();
    }

    /// <summary>Lower case without diacritics: "Jānis Kļaviņš" → "janis klavins".</summary>
    private static string Fold(string text)
    {
        var letters = text.Trim()
            .Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .ToArray();
        return new string(letters).ToLowerInvariant();
    }
}
