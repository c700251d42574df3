using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// What a member gets in their personal chat when a chair makes an action theirs (with its buttons, so they can start
/// at once) or takes it from them.
/// </summary>
public static class AssignmentCard
{
    /// <param name="assigned">Whether the action became the viewer's (else it stopped being theirs).</param>
    /// <param name="byName">The chair who made the change.</param>
    public static JsonObject Build(TextSet texts, ActionView view, bool assigned, string byName) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(
                    texts.Format(assigned ? TextKey.AssignedTitle : TextKey.UnassignedTitle, Formats.Title(view.Action))
                ),
                AdaptiveCard.Text(texts.Format(assigned ? TextKey.AssignedBy : TextKey.UnassignedBy, byName)),
                AdaptiveCard.Facts([(texts[TextKey.FieldGroup], view.Group.Name), .. ActionCard.Facts(texts, view)]),
            ],
            assigned ? ActionButtons.For(texts, view, open: true) : [ActionButtons.Open(texts, view)]
        );
}
