using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The personal reminder of a deadline: what, where, when and how late, with Done, Snooze, Add note and Open. Each
/// button answers with this card rebuilt, so it updates in place, and Teams refreshes it when it is seen: an old
/// reminder never offers Done on an action done since.
/// </summary>
public static class ReminderCard
{
    public static readonly int[] SnoozeDays = [1, 3, 7];

    public static JsonObject Build(TextSet texts, ActionView view, Notice? notice = null)
    {
        var action = view.Action;
        var data = ActionButtons.Data(view, new JsonObject { [CardData.View] = CardData.ReminderView });
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.ReminderTitle, Formats.Title(action))),
            .. Notices.Block(notice),
            .. ActionCard.DueLine(texts, view),
            AdaptiveCard.Facts([
                (texts[TextKey.FieldGroup], view.Group.Name),
                .. ActionCard.Facts(texts, view, deadline: false),
            ]),
        ];
        var actions = new List<JsonNode>();
        if (view.CanMoveTo(ActionStatus.Done))
        {
            actions.Add(
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonDone],
                    Verbs.SetStatus,
                    ((JsonObject)data.DeepClone()).WithStatus(ActionStatus.Done),
                    primary: true
                )
            );
        }

        if (!action.Status.IsClosed() && action.IsResponsible(view.Viewer.AadObjectId))
        {
            actions.Add(
                AdaptiveCard.ShowCard(
                    texts[TextKey.ButtonSnooze],
                    [AdaptiveCard.Text(texts[TextKey.SnoozeQuestion])],
                    SnoozeDays.Select(days =>
                        (JsonNode)
                            AdaptiveCard.Execute(
                                texts[SnoozeLabel(days)],
                                Verbs.Snooze,
                                ((JsonObject)data.DeepClone()).With(CardData.Days, days.ToString())
                            )
                    )
                )
            );
        }

        if (ActionButtons.Note(texts, view, new JsonObject { [CardData.View] = CardData.ReminderView }) is { } note)
        {
            actions.Add(note);
        }

        actions.Add(ActionButtons.Open(texts, view));
        var card = AdaptiveCard.Create(body, AdaptiveCard.AtMostThree(actions, texts[TextKey.ButtonMore]));
        AdaptiveCard.RefreshFor(card, [view.Viewer.Identity.TeamsUserId], Verbs.RefreshAction, data);
        return card;
    }

    private static TextKey SnoozeLabel(int days) =>
        days switch
        {
            1 => TextKey.SnoozeTomorrow,
            3 => TextKey.SnoozeThreeDays,
            _ => TextKey.SnoozeNextWeek,
        };
}
