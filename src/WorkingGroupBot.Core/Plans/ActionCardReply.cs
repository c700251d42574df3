using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>The action card to answer with after a change: the stored state, and what happened or why nothing did.</summary>
public static class ActionCardReply
{
    public static async Task<Reply> AfterEditAsync(
        Request request, GroupContext context, int number, ActionEdit edit, IPlanStore plans, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        var log = plans.ReadLogAsync(context.Group.Key, number, cancellationToken);
        var (action, notice) = edit switch
        {
            ActionEdit.Applied applied => (applied.Action, new Notice(texts[TextKey.ActionSaved], IsProblem: false)),
            ActionEdit.Refused refused => (await plans.FindActionAsync(context.Group.Key, number, cancellationToken), new Notice(texts[refused.Reason], IsProblem: refused.Reason != TextKey.NothingChanged)),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };
        return action is null
            ? new TextReply(texts[TextKey.ActionNotFound])
            : new CardReply(ActionCard.Build(texts, context.View(action), await log, notice));
    }
}
