using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Opening an action, moving it to another status, adding a note, reading its history. Every change is decided on the
/// stored action for the caller as the group knows them; nothing in the card data is taken as permission.
/// </summary>
public sealed class ActionUpdateHandler(GroupScope scope, IPlanStore plans, ActionViews views, MyActionsHandler myActions, ReminderPlanner planner, TimeProvider clock)
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
                return AfterAsync(request, context, action.Number, ActionEdit.Refuse(TextKey.RefusedUnknownStatus), cancellationToken);
            }

            var reason = status == ActionStatus.Blocked ? InputText(request, ActionForm.Reason) : null;
            var problem = status == ActionStatus.Blocked ? FreeText.Problem(reason!, TextKey.ProblemReasonMissing, FreeText.BlockedReason, TextKey.ProblemReasonTooLong) : null;
            return problem is { } p
                ? AfterAsync(request, context, action.Number, ActionEdit.Refuse(p), cancellationToken)
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
                ? AfterAsync(request, context, action.Number, ActionEdit.Refuse(problem), cancellationToken)
                : ChangeAsync(request, context, action, stored =>
                    ActionPolicy.CanAddNote(context.Membership.Member, stored) is { } refusal
                        ? ActionEdit.Refuse(refusal)
                        : ActionEdit.Apply(stored, Log(request, LogKind.Note) with { Note = note }),
                    Submissions.From(request), cancellationToken);
        }, cancellationToken);

    /// <param name="submission">The note's form instance: a second submission of it answers as the first and adds nothing.</param>
    private async Task<Reply> ChangeAsync(Request request, GroupContext context, ActionItem read, Func<ActionItem, ActionEdit> decide, string? submission, CancellationToken cancellationToken)
    {
        var reminders = planner.Change(context.Group, context.Members, cancellationToken);
        var edit = await plans.UpdateActionAsync(context.Group.Key, read, decide, submission, reminders.BeforeCommitAsync, cancellationToken);
        await (edit is ActionEdit.Applied applied ? reminders.AfterCommitAsync(applied.Action) : reminders.AbandonAsync());

        return await AfterAsync(request, context, read.Number, edit, cancellationToken);
    }

    /// <summary>Answers on the card the button was on: the my-actions list, a reminder, or the action card.</summary>
    private async Task<Reply> AfterAsync(Request request, GroupContext context, int number, ActionEdit edit, CancellationToken cancellationToken)
    {
        var view = request.Input.String(CardData.View);
        if (view == CardData.ReminderView)
        {
            return await ActionCardReply.ReminderAfterEditAsync(request, context, number, edit, plans, cancellationToken);
        }

        if (view != CardData.ListView)
        {
            return await ActionCardReply.AfterEditAsync(request, context, number, edit, plans, cancellationToken);
        }

        var notice = edit is ActionEdit.Refused refused
            ? new Notice(request.Texts[refused.Reason], IsProblem: true)
            : new Notice(request.Texts.Format(TextKey.ActionSavedNumbered, number), IsProblem: false);
        return await myActions.ListAsync(request, cancellationToken, notice);
    }

    private Task<Reply> WithActionAsync(Request request, Func<GroupContext, ActionItem, Task<Reply>> handle, CancellationToken cancellationToken) =>
        views.WithActionAsync(scope, request, handle, cancellationToken);

    private ActionEdit Changed(Request request, ActionItem before, ActionItem after) =>
        ActionEdit.Apply(after, Log(request, LogKind.Changed) with { Changes = ActionChanges.Between(before, after) });

    private LogEntry Log(Request request, LogKind kind) =>
        new() { Kind = kind, AuthorId = request.Caller.AadObjectId, AuthorName = request.Caller.Name, At = clock.GetUtcNow() };

    /// <summary>The text of the note or reason input; on a list the button names its input (e.g. "note.3").</summary>
    private static string InputText(Request request, string input) =>
        request.Input.Text(request.Input.String(CardData.InputName) is { } named && named.StartsWith(input + ".", StringComparison.Ordinal) ? named : input);
}
