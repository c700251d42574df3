using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The list an action card was opened from (my actions, the plan, or a list of the plan's actions), so the card
/// offers Back to it. It rides in the buttons' data; only these three verbs are taken from it.
/// </summary>
public sealed record Back(string Verb, string? Of, int Page)
{
    public static Back? From(CardInput input) =>
        input.String(CardData.BackTo) is Verbs.MyActions or Verbs.ListActions or Verbs.Plan
            ? new Back(input.String(CardData.BackTo)!, input.String(CardData.Of), input.Int(CardData.Page) ?? 0)
            : null;

    /// <summary>The fields to add to a button's data so the card it answers with keeps Back.</summary>
    public JsonObject Data()
    {
        var data = new JsonObject { [CardData.BackTo] = Verb, [CardData.Page] = Page };
        if (Of is not null)
        {
            data[CardData.Of] = Of;
        }

        return data;
    }

    /// <summary>The button that shows the list again, at the page it was on.</summary>
    public JsonObject Button(string title, string groupId)
    {
        var data = Data();
        data.Remove(CardData.BackTo);
        data[CardData.Group] = groupId;
        return AdaptiveCard.Execute(title, Verb, data);
    }
}
