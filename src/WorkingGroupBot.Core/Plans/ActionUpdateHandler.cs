using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Opening an action, moving it to another status, adding a note, reading its history. Every change is decided on the
/// stored action for the caller as the group knows them; nothing in the card data is taken as permission. The action
/// and its log come with the turn's one read of the group.
/// </summary>
public sealed class ActionUpdateHandler(MyActionsHandler myActions, ActionChanges changes, TimeProvider clock)
{
    /// <summary>The action card; a reminder's refresh answers with the reminder as the action stands now.</summary>
    public Task<Reply> OpenAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Reply>(
            new CardReply(
                context.Request.Input.String(CardData.View) == CardData.ReminderView
                    ? ReminderCard.Build(context.Texts, context.View(context.Action!))
                    : ActionCard.Build(
                        context.Texts,
                        context.View(context.Action!),
                        context.Read.Log,
                        back: Back.From(context.Request.Input)
                    )
            )
        );

    public Task<Reply> HistoryAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Reply>(
            new CardReply(HistoryCard.Build(context.Texts, context.View(context.Action!), context.Read.Log))
        );

    public Task<Reply> SetStatusAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (
            !Enum.TryParse<ActionStatus>(request.Input.String(CardData.Status), out var status)
            || !Enum.IsDefined(status)
        )
        {
            return RefuseAsync(context, TextKey.RefusedUnknownStatus, cancellationToken);
        }

        var reason = status == ActionStatus.Blocked ? InputText(request, ActionForm.Reason) : null;
        if (
            reason is not null
            && FreeText.Problem(
                reason,
                TextKey.ProblemReasonMissing,
                FreeText.BlockedReason,
                TextKey.ProblemReasonTooLong
            )
                is { } problem
        )
        {
            return RefuseAsync(context, problem, cancellationToken);
        }

        return ChangeAsync(
            context,
            stored =>
                ActionPolicy.CanChangeStatus(context.Member, stored, status) is { } refusal
                    ? ActionEdit.Refuse(refusal)
                    : Changed(
                        request,
                        stored,
                        stored with
                        {
                            Status = status,
                            BlockedReason = reason,
                            StatusChangedAt = clock.GetUtcNow(),
                        }
                    ),
            submission: null,
            cancellationToken
        );
    }

    public Task<Reply> AddNoteAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var note = InputText(request, ActionForm.Note);
        if (
            FreeText.Problem(note, TextKey.ProblemNoteMissing, FreeText.Note, TextKey.ProblemNoteTooLong) is { } problem
        )
        {
            return RefuseAsync(context, problem, cancellationToken);
        }

        return ChangeAsync(
            context,
            stored =>
                ActionPolicy.CanAddNote(context.Member, stored) is { } refusal
                    ? ActionEdit.Refuse(refusal)
                    : ActionEdit.Apply(stored, Log(request, LogKind.Note) with { Note = note }),
            Submissions.From(request),
            cancellationToken
        );
    }

    /// <param name="submission">The note's form instance: a second submission of it answers as the first and adds
    /// nothing.</param>
    private async Task<Reply> ChangeAsync(
        GroupContext context,
        Func<ActionItem, ActionEdit> decide,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        var edit = await changes.UpdateAsync(context, context.Action!, decide, submission, cancellationToken);
        return await AnswerAsync(context, edit, cancellationToken);
    }

    /// <summary>A change refused before it is tried (its input is not valid), answered with the action as
    /// read.</summary>
    private Task<Reply> RefuseAsync(GroupContext context, TextKey reason, CancellationToken cancellationToken) =>
        AnswerAsync(context, new ActionEdit.Refused(reason) { Action = context.Action }, cancellationToken);

    /// <summary>Answers on the card the button was on: the my-actions list, a reminder, or the action card.</summary>
    private async Task<Reply> AnswerAsync(GroupContext context, ActionEdit edit, CancellationToken cancellationToken)
    {
        var request = context.Request;
        switch (request.Input.String(CardData.View))
        {
            case CardData.ReminderView:
                return ActionCardReply.ReminderAfterEdit(context, edit);
            case CardData.ListView:
                var notice = edit is ActionEdit.Applied applied
                    ? new Notice(
                        request.Texts.Format(TextKey.ActionSavedNumbered, applied.Action.Number),
                        IsProblem: false
                    )
                    : ActionCardReply.Why(request.Texts, (ActionEdit.Refused)edit);
                return await myActions.ListAsync(request, cancellationToken, notice);
            default:
                return ActionCardReply.AfterEdit(context, edit, context.Read.Log);
        }
    }

    private ActionEdit Changed(Request request, ActionItem before, ActionItem after) =>
        ActionEdit.Apply(after, Log(request, LogKind.Changed) with { Changes = FieldChanges.Between(before, after) });

    private LogEntry Log(Request request, LogKind kind) =>
        new()
        {
            Kind = kind,
            AuthorId = request.Caller.AadObjectId,
            AuthorName = request.Caller.Name,
            At = clock.GetUtcNow(),
        };

    /// <summary>The text of the note or reason input; on a list the button names its input (e.g. "note.3").</summary>
    private static string InputText(Request request, string input) =>
        request.Input.Text(
            request.Input.String(CardData.InputName) is { } named
            && named.StartsWith(input + ".", StringComparison.Ordinal)
                ? named
                : input
        );
}
