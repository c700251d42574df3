using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// For someone in several groups who asked in a personal chat: which group do you mean? A button per group while they
/// fit in one row; beyond, a list of the groups that filters as one types (an NGO coordinator with many groups) and one
/// button, so the card stays valid and small.
/// </summary>
public static class ChooseGroupCard
{
    private const int MaxButtons = 6;
    private const int MaxListed = 120;
    private const int MaxName = 40;

    public static JsonObject Build(TextSet texts, IReadOnlyList<Membership> memberships, string verb)
    {
        if (memberships.Count <= MaxButtons)
        {
            return AdaptiveCard.Create(
                [AdaptiveCard.Text(texts[TextKey.ChooseGroup])],
                memberships.Select(m =>
                    AdaptiveCard.Submit(
                        Formats.Short(m.Group.Name, MaxName),
                        verb,
                        new JsonObject { [CardData.Group] = m.Group.Key.GroupId }
                    )
                )
            );
        }

        var listed = memberships
            .OrderBy(m => m.Group.Name, StringComparer.CurrentCulture)
            .Take(MaxListed)
            .Select(m => (Formats.Short(m.Group.Name, MaxName), m.Group.Key.GroupId));
        JsonNode[] body =
        [
            AdaptiveCard.Text(texts[TextKey.ChooseGroup]),
            CardInputs.Choices(
                CardData.Group,
                texts[TextKey.FieldGroup],
                listed,
                required: true,
                error: texts[TextKey.ChooseGroup],
                filtered: true
            ),
            .. Paging.Shown(texts, MaxListed, memberships.Count),
        ];
        return AdaptiveCard.Create(body, [AdaptiveCard.Submit(texts[TextKey.ButtonOpen], verb)]);
    }
}
