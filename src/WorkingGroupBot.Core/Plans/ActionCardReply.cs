using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
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
    public static Reply AfterEdit(Request request, GroupContext context, ActionEdit edit, IReadOnlyList<LogEntry> log) =>
        edit switch
        {
            ActionEdit.Applied applied =>
                new CardReply(ActionCard.Build(request.Texts, context.View(applied.Action), applied.LogAfter(log), Saved(request))),
            ActionEdit.Refused { Action: { } action } refused =>
                new CardReply(ActionCard.Build(request.Texts, context.View(action), log, Why(request, refused))),
            _ => new TextReply(request.Texts[TextKey.ActionNotFound]),
        };

    public static Reply ReminderAfterEdit(Request request, GroupContext context, ActionEdit edit) => edit switch
    {
        ActionEdit.Applied applied =>
            new CardReply(ReminderCard.Build(request.Texts, context.View(applied.Action), Saved(request))),
        ActionEdit.Refused { Action: { } action } refused =>
            new CardReply(ReminderCard.Build(request.Texts, context.View(action), Why(request, refused))),
        _ => new TextReply(request.Texts[TextKey.ActionNotFound]),
    };

    private static Notice Saved(Request request) => new(request.Texts[TextKey.ActionSaved], IsProblem: false);

    private static Notice Why(Request request, ActionEdit.Refused refused) =>
        new(request.Texts[refused.Reason], IsProblem: refused.Reason != TextKey.NothingChanged);
}
