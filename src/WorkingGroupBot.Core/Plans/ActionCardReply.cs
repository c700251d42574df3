using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The action card to answer with after a change: the action as committed (or as it stood when the change was
/// refused), and what happened or why nothing did. Built from what the turn has: nothing is read after the write.
/// </summary>
public static class ActionCardReply
{
    /// <param name="log">The action's log as the turn read it; the change's own line is added if it is not in it.
    /// </param>
    /// <param name="details">More of what happened, under the confirmation (e.g. who was told).</param>
    public static Reply AfterEdit(
        GroupContext context,
        ActionEdit edit,
        IReadOnlyList<LogEntry> log,
        IReadOnlyList<string>? details = null
    ) =>
        edit switch
        {
            ActionEdit.Applied applied => new CardReply(
                ActionCard.Build(
                    context.Texts,
                    context.View(applied.Action),
                    applied.LogAfter(log),
                    Saved(context, applied) with
                    {
                        Details = details,
                    },
                    Back.From(context.Request.Input)
                )
            ),
            ActionEdit.Refused { Action: { } action } refused => new CardReply(
                ActionCard.Build(
                    context.Texts,
                    context.View(action),
                    log,
                    Why(context.Texts, refused),
                    Back.From(context.Request.Input)
                )
            ),
            _ => new TextReply(context.Texts[TextKey.ActionNotFound]),
        };

    public static Reply ReminderAfterEdit(GroupContext context, ActionEdit edit) =>
        edit switch
        {
            ActionEdit.Applied applied => new CardReply(
                ReminderCard.Build(context.Texts, context.View(applied.Action), Saved(context, applied))
            ),
            ActionEdit.Refused { Action: { } action } refused => new CardReply(
                ReminderCard.Build(context.Texts, context.View(action), Why(context.Texts, refused))
            ),
            _ => new TextReply(context.Texts[TextKey.ActionNotFound]),
        };

    /// <summary>What happened, said as such: a note added, the new status, or (for an edit) that it was saved.</summary>
    private static Notice Saved(GroupContext context, ActionEdit.Applied applied)
    {
        var texts = context.Texts;
        var text = applied.Log switch
        {
            { Kind: LogKind.Note } => texts[TextKey.NoteAdded],
            { Kind: LogKind.Changed, Changes: var changes } when changes.Any(c => c.Field == ActionField.Status) =>
                texts.Format(TextKey.StatusChangedTo, Formats.Status(texts, applied.Action.Status)),
            _ => texts[TextKey.ActionSaved],
        };
        return new(text, IsProblem: false);
    }

    /// <summary>
    /// Why nothing changed. A press that finds the action as asked already is answered with its state, not as an error.
    /// </summary>
    public static Notice Why(TextSet texts, ActionEdit.Refused refused) =>
        refused is { Reason: TextKey.RefusedAlreadyInStatus, Action: { } action }
            ? new(texts.Format(TextKey.AlreadyInStatus, Formats.Status(texts, action.Status)), IsProblem: false)
            : new(texts[refused.Reason], IsProblem: !refused.IsNoOp);
}
