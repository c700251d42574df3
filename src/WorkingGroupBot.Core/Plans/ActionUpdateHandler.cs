using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Opening an action, moving it to another status, adding a note, reading its history. Every change is decided on the
/// stored action for the caller as the group knows them; nothing in the card data is taken as permission.
/// </summary>
public sealed class ActionUpdateHandler(GroupScope scope, IPlanStore plans, ActionViews views, MyActionsHandler myActions, ActionChanges changes, TimeProvider clock)
{
    public Task<Reply> OpenAsync(Request request, CancellationToken cancellationToken) =>
        WithActionAsync(request, async (context, action) =>
            new CardReply(ActionCard.Build(request.Texts, context.View(action), await plans.ReadLogAsync(context.Group.Key, action.Number, cancellationToken))),
            cancellationToken);

    public Task<Reply> HistoryAsync(Request request, CancellationToken cancellationToken) =>
        WithActionAsync(request, async (context, action) => context.Membership.Member.IsChair
            ? new CardReply(HistoryCard.Build(request.Texts, context.View(action), await plans.ReadLogAsync(context.Group.Key, action.Number, cancellationToken)))
            : new TextReply(request.Texts[TextKey.RefusedChairsOnly]),
            cancellationToken);

    public Task<Reply> SetStatusAsync(Request request, CancellationToken cancellationToken) =>
        WithActionAsync(request, (context, action) =>
        {
            if (!Enum.TryParse<ActionStatus>(request.Input.String(CardData.Status), out var status) || !Enum.IsDefined(status))
            {
                return RefuseAsync(request, context, action, TextKey.RefusedUnknownStatus, cancellationToken);
            }

            var reason = status == ActionStatus.Blocked ? InputText(request, ActionForm.Reason) : null;
            var problem = status == ActionStatus.Blocked ? FreeText.Problem(reason!, TextKey.ProblemReasonMissing, FreeText.BlockedReason, TextKey.ProblemReasonTooLong) : null;
            return problem is { } p
                ? RefuseAsync(request, context, action, p, cancellationToken)
                : ChangeAsync(request, context, action, stored =>
                    ActionPolicy.CanChangeStatus(context.Membership.Member, stored, status) is { } refusal
                        ? ActionEdit.Refuse(refusal)
                        : Changed(request, stored, stored with { Status = status, BlockedReason = reason, StatusChangedAt = clock.GetUtcNow() }),
                    submission: null, cancellationToken);
        }, cancellationToken);

    public Task<Reply> AddNoteAsync(Request request, CancellationToken cancellationToken) =>
        WithActionAsync(request, (context, action) =>
        {
            var note = InputText(request, ActionForm.Note);
            return FreeText.Problem(note, TextKey.ProblemNoteMissing, FreeText.Note, TextKey.ProblemNoteTooLong) is { } problem
                ? RefuseAsync(request, context, action, problem, cancellationToken)
                : ChangeAsync(request, context, action, stored =>
                    ActionPolicy.CanAddNote(context.Membership.Member, stored) is { } refusal
                        ? ActionEdit.Refuse(refusal)
                        : ActionEdit.Apply(stored, Log(request, LogKind.Note) with { Note = note }),
                    Submissions.From(request), cancellationToken);
        }, cancellationToken);

    /// <param name="submission">The note's form instance: a second submission of it answers as the first and adds nothing.</param>
    private async Task<Reply> ChangeAsync(
        Request request, GroupContext context, ActionItem read, Func<ActionItem, ActionEdit> decide, string? submission,
        CancellationToken cancellationToken)
    {
        // The log is read beside the change, not after it: the answer adds the change's own line to it.
        var log = LogForAnswerAsync(request, context, read, cancellationToken);
        var edit = changes.UpdateAsync(context, read, decide, submission, cancellationToken);
        await Task.WhenAll(log, edit);
        return await AfterAsync(request, context, await edit, await log, cancellationToken);
    }

    /// <summary>A change refused before it is tried (its input is not valid), answered with the action as read.</summary>
    private async Task<Reply> RefuseAsync(
        Request request, GroupContext context, ActionItem action, TextKey reason, CancellationToken cancellationToken)
    {
        var log = await LogForAnswerAsync(request, context, action, cancellationToken);
        return await AfterAsync(request, context, new ActionEdit.Refused(reason) { Action = action }, log, cancellationToken);
    }

    /// <summary>Answers on the card the button was on: the my-actions list, a reminder, or the action card.</summary>
    private async Task<Reply> AfterAsync(
        Request request, GroupContext context, ActionEdit edit, IReadOnlyList<LogEntry> log, CancellationToken cancellationToken)
    {
        var view = request.Input.String(CardData.View);
        if (view == CardData.ReminderView)
        {
            return ActionCardReply.ReminderAfterEdit(request, context, edit);
        }

        if (view != CardData.ListView)
        {
            return ActionCardReply.AfterEdit(request, context, edit, log);
        }

        var notice = edit is ActionEdit.Applied applied
            ? new Notice(request.Texts.Format(TextKey.ActionSavedNumbered, applied.Action.Number), IsProblem: false)
            : new Notice(request.Texts[((ActionEdit.Refused)edit).Reason], IsProblem: true);
        return await myActions.ListAsync(request, cancellationToken, notice);
    }

    /// <summary>The action's log, which only the action card shows (not a list or a reminder).</summary>
    private Task<IReadOnlyList<LogEntry>> LogForAnswerAsync(
        Request request, GroupContext context, ActionItem action, CancellationToken cancellationToken) =>
        request.Input.String(CardData.View) is CardData.ReminderView or CardData.ListView
            ? Task.FromResult<IReadOnlyList<LogEntry>>([])
            : plans.ReadLogAsync(context.Group.Key, action.Number, cancellationToken);

    private Task<Reply> WithActionAsync(Request request, Func<GroupContext, ActionItem, Task<Reply>> handle, CancellationToken cancellationToken) =>
        views.WithActionAsync(scope, request, handle, cancellationToken);

    private ActionEdit Changed(Request request, ActionItem before, ActionItem after) =>
        ActionEdit.Apply(after, Log(request, LogKind.Changed) with { Changes = FieldChanges.Between(before, after) });

    private LogEntry Log(Request request, LogKind kind) =>
        new() { Kind = kind, AuthorId = request.Caller.AadObjectId, AuthorName = request.Caller.Name, At = clock.GetUtcNow() };

    /// <summary>The text of the note or reason input; on a list the button names its input (e.g. "note.3").</summary>
    private static string InputText(Request request, string input) =>
        request.Input.Text(request.Input.String(CardData.InputName) is { } named && named.StartsWith(input + ".", StringComparison.Ordinal) ? named : input);
}
