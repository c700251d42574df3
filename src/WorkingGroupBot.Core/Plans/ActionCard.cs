using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// One action in full, with the buttons this viewer may use. Every button answers with this card rebuilt from the
/// stored action, and Teams refreshes it for the people who may act on it, so no copy offers a stale state.
/// </summary>
public static class ActionCard
{
    private const int RecentNotes = 3;

    /// <param name="back">The list the card was opened from: it offers Back, and its buttons keep it.</param>
    /// <param name="offerAnother">Just created: offer the form again for the next action, in a new message.</param>
    public static JsonObject Build(
        TextSet texts,
        ActionView view,
        IReadOnlyList<LogEntry> log,
        Notice? notice = null,
        Back? back = null,
        bool offerAnother = false
    )
    {
        var action = view.Action;
        var notes = log.Where(e => e.Kind == LogKind.Note)
            .TakeLast(RecentNotes)
            .Select(n =>
                texts.Format(TextKey.NoteLine, n.AuthorName, Formats.Moment(texts, n.At, view.ReaderZone), n.Note ?? "")
            );
        JsonNode[] body =
        [
            AdaptiveCard.Heading(Formats.Title(action)),
            .. Notices.Block(notice),
            AdaptiveCard.Facts(Facts(texts, view)),
            .. string.IsNullOrEmpty(action.Description)
                ? Array.Empty<JsonNode>()
                : [AdaptiveCard.Text(action.Description)],
            .. notes.Any()
                ? [AdaptiveCard.Subheading(texts[TextKey.RecentNotes]), AdaptiveCard.Bullets(notes)]
                : Array.Empty<JsonNode>(),
            AdaptiveCard.Buttons(ActionButtons.For(texts, view, back?.Data())),
        ];
        JsonNode[] actions =
        [
            .. back is null ? [] : new[] { back.Button(texts[TextKey.ButtonBack], view.Group.Key.GroupId) },
            .. offerAnother
                ? new[]
                {
                    AdaptiveCard.Submit(
                        texts[TextKey.ButtonAddAnother],
                        Verbs.NewAction,
                        new JsonObject { [CardData.Group] = view.Group.Key.GroupId }
                    ),
                }
                : [],
            .. ChairButtons(texts, view),
        ];
        var card = AdaptiveCard.Create(body, AdaptiveCard.AtMostThree(actions, texts[TextKey.ButtonMore]));
        AdaptiveCard.RefreshFor(card, view.Actors, Verbs.RefreshAction, ActionButtons.Data(view, back?.Data()));
        return card;
    }

    /// <param name="deadline">Whether to list the deadline (a card that leads with it leaves it out here).</param>
    public static IEnumerable<(string, string)> Facts(TextSet texts, ActionView view, bool deadline = true)
    {
        var action = view.Action;
        yield return (texts[TextKey.FieldArea], view.Plan.Find(action.AreaId)?.DisplayName(texts) ?? "?");
        if (view.Institutions.FirstOrDefault(i => i.Id == action.Institution) is { } institution)
        {
            yield return (texts[TextKey.FieldInstitutionOfAction], institution.DisplayName(texts));
        }

        yield return (texts[TextKey.FieldResponsible], string.Join(", ", action.Responsible.Select(view.NameOf)));
        if (deadline)
        {
            yield return (texts[TextKey.FieldDeadline], Formats.Due(texts, action, view.Today));
        }

        yield return (
            texts[TextKey.FieldStatus],
            action.Status == ActionStatus.Blocked && action.BlockedReason is { } reason
                ? $"{Formats.Status(texts, action.Status)}: {reason}"
                : Formats.Status(texts, action.Status)
        );
    }

    /// <summary>When it is due, first and in words ("In 5 days", "3 days overdue"), for the cards about a deadline.
    /// </summary>
    public static IEnumerable<JsonNode> DueLine(TextSet texts, ActionView view)
    {
        var due = Formats.Due(texts, view.Action, view.Today);
        yield return view.Action.IsOverdue(view.Today) ? AdaptiveCard.Attention(due) : AdaptiveCard.Text(due);
    }

    private static IEnumerable<JsonNode> ChairButtons(TextSet texts, ActionView view)
    {
        if (!view.Viewer.IsChair)
        {
            yield break;
        }

        var data = ActionButtons.Data(view);
        yield return AdaptiveCard.Execute(texts[TextKey.ButtonEdit], Verbs.EditAction, data);
        yield return AdaptiveCard.Execute(texts[TextKey.ButtonHistory], Verbs.History, data);
        yield return view.Action.Status.IsClosed()
            ? AdaptiveCard.Execute(
                texts[TextKey.ButtonReopen],
                Verbs.SetStatus,
                ActionButtons.Data(view).WithStatus(ActionStatus.Open)
            )
            : AdaptiveCard.Confirmed(
                texts[TextKey.ButtonCancelAction],
                texts[TextKey.ConfirmCancelAction],
                texts[TextKey.ButtonConfirm],
                Verbs.SetStatus,
                ActionButtons.Data(view).WithStatus(ActionStatus.Cancelled)
            );
    }
}
