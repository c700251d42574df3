using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>The action card to answer with after a change: the stored state, and what happened or why nothing did.</summary>
public static class ActionCardReply
{
    public static async Task<Reply> AfterEditAsync(
        Request request, GroupContext context, int number, ActionEdit edit, IPlanStore plans, CancellationToken cancellationToken)
    {
        var log = plans.ReadLogAsync(context.Group.Key, number, cancellationToken);
        var (action, notice) = await OutcomeAsync(request.Texts, context, number, edit, plans, cancellationToken);
        return action is null
            ? new TextReply(request.Texts[TextKey.ActionNotFound])
            : new CardReply(ActionCard.Build(request.Texts, context.View(action), await log, notice));
    }

    public static async Task<Reply> ReminderAfterEditAsync(
        Request request, GroupContext context, int number, ActionEdit edit, IPlanStore plans, CancellationToken cancellationToken)
    {
        var (action, notice) = await OutcomeAsync(request.Texts, context, number, edit, plans, cancellationToken);
        return action is null
            ? new TextReply(request.Texts[TextKey.ActionNotFound])
            : new CardReply(ReminderCard.Build(request.Texts, context.View(action), notice));
    }

    private static async Task<(ActionItem? Action, Notice Notice)> OutcomeAsync(
        Texts.Texts texts, GroupContext context, int number, ActionEdit edit, IPlanStore plans, CancellationToken cancellationToken) => edit switch
    {
        ActionEdit.Applied applied => (applied.Action, new Notice(texts[TextKey.ActionSaved], IsProblem: false)),
        ActionEdit.Refused refused => (await plans.FindActionAsync(context.Group.Key, number, cancellationToken), new Notice(texts[refused.Reason], IsProblem: refused.Reason != TextKey.NothingChanged)),
        _ => throw new ArgumentOutOfRangeException(nameof(edit)),
    };
}
