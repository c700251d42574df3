using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>To a chair or a representative's deputy, personally: an action of the group is long overdue, and why
/// they are the one told.</summary>
public static class TellChairCard
{
    public static JsonObject Build(TextSet texts, ActionView view, string why) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(texts.Format(TextKey.TellChairTitle, Formats.Title(view.Action))),
                AdaptiveCard.Text(why, subtle: true),
                .. ActionCard.DueLine(texts, view),
                AdaptiveCard.Facts([
                    (texts[TextKey.FieldGroup], view.Group.Name),
                    .. ActionCard.Facts(texts, view, deadline: false),
                ]),
            ],
            [ActionButtons.Open(texts, view)]
        );
}
