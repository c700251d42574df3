using System.Text.Json.Nodes;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

/// <summary>For someone in several groups who asked in a personal chat: which group do you mean?</summary>
public static class ChooseGroupCard
{
    public static JsonObject Build(Texts.Texts texts, IReadOnlyList<Membership> memberships, string verb) => AdaptiveCard.Create(
        [AdaptiveCard.Text(texts[TextKey.ChooseGroup])],
        memberships.Select(m => AdaptiveCard.Submit(m.Group.Name, verb, new JsonObject { [CardData.Group] = m.Group.Key.GroupId })));
}
