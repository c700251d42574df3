using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>The status and note buttons a viewer may use on an action, shared by the action card and the
/// list.</summary>
public static class ActionButtons
{
    public static JsonObject Data(ActionView view, JsonObject? extra = null)
    {
        var data = extra is null ? new JsonObject() : (JsonObject)extra.DeepClone();
        data[CardData.Group] = view.Group.Key.GroupId;
        data[CardData.Action] = view.Action.Number;
        return data;
    }

    /// <summary>
    /// The buttons for one action, most used first — Done, In progress, Add note, Open, Blocked — with at most three in
    /// sight and the rest under "More…".
    /// </summary>
    /// <param name="inputSuffix">Keeps input ids unique when a card shows several actions.</param>
    /// <param name="open">Whether to offer Open (the action card in full), for lists and notices.</param>
    /// <param name="back">The list Open leaves, so the action card offers Back to it.</param>
    public static IReadOnlyList<JsonNode> For(
        TextSet texts,
        ActionView view,
        JsonObject? extra = null,
        string inputSuffix = "",
        bool open = false,
        Back? back = null
    ) => AdaptiveCard.AtMostThree(All(texts, view, extra, inputSuffix, open, back), texts[TextKey.ButtonMore]);

    public static JsonObject Open(TextSet texts, ActionView view, Back? back = null) =>
        AdaptiveCard.Execute(texts[TextKey.ButtonOpen], Verbs.OpenAction, Data(view, back?.Data()));

    private static IEnumerable<JsonNode> All(
        TextSet texts,
        ActionView view,
        JsonObject? extra,
        string inputSuffix,
        bool open,
        Back? back
    )
    {
        foreach (
            var (status, key) in new[]
            {
                (ActionStatus.Done, TextKey.ButtonDone),
                (ActionStatus.InProgress, TextKey.ButtonInProgress),
            }
        )
        {
            if (view.CanMoveTo(status))
            {
                yield return AdaptiveCard.Execute(
                    texts[key],
                    Verbs.SetStatus,
                    Data(view, extra).WithStatus(status),
                    primary: status == ActionStatus.Done
                );
            }
        }

        if (Note(texts, view, extra, inputSuffix) is { } note)
        {
            yield return note;
        }

        if (open)
        {
            yield return Open(texts, view, back);
        }

        if (view.CanMoveTo(ActionStatus.Blocked))
        {
            var reason = ActionForm.Reason + inputSuffix;
            yield return AdaptiveCard.ShowCard(
                texts[TextKey.ButtonBlocked],
                [
                    CardInputs.Text(
                        reason,
                        texts[TextKey.InputBlockedReason],
                        multiline: true,
                        maxLength: FreeText.BlockedReason,
                        required: true,
                        error: texts[TextKey.ProblemReasonMissing]
                    ),
                ],
                [
                    AdaptiveCard.Execute(
                        texts[TextKey.ButtonSave],
                        Verbs.SetStatus,
                        Data(view, extra).WithStatus(ActionStatus.Blocked).With(CardData.InputName, reason)
                    ),
                ]
            );
        }
    }

    /// <summary>"Add note…": opens a text input and saves it; null when the viewer may not write notes on the
    /// action.</summary>
    public static JsonObject? Note(TextSet texts, ActionView view, JsonObject? extra = null, string inputSuffix = "")
    {
        if (!view.CanAddNote)
        {
            return null;
        }

        var note = ActionForm.Note + inputSuffix;
        return AdaptiveCard.ShowCard(
            texts[TextKey.ButtonAddNote],
            [
                CardInputs.Text(
                    note,
                    texts[TextKey.InputNote],
                    multiline: true,
                    maxLength: FreeText.Note,
                    required: true,
                    error: texts[TextKey.ProblemNoteMissing]
                ),
            ],
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonSave],
                    Verbs.AddNote,
                    Data(view, extra).With(CardData.InputName, note).With(CardData.Submission, Submissions.NewId())
                ),
            ]
        );
    }

    public static JsonObject WithStatus(this JsonObject data, ActionStatus status) =>
        data.With(CardData.Status, status.ToString());

    public static JsonObject With(this JsonObject data, string name, string value)
    {
        data[name] = value;
        return data;
    }
}
