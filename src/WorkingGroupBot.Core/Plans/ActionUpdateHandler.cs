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

    public async Task<Reply> SetStatusAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var input = context.Request.Input;
        var edit = await ChangeStatusAsync(
            context,
            input.String(CardData.Status),
            InputText(context.Request, ActionForm.Reason),
            cancellationToken
        );
        return await AnswerAsync(context, edit, cancellationToken);
    }

    public async Task<Reply> AddNoteAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var edit = await NoteAsync(
            context,
            InputText(request, ActionForm.Note),
            Submissions.From(request),
            cancellationToken
        );
        return await AnswerAsync(context, edit, cancellationToken);
    }

    /// <summary>
    /// Moves the action the context read to <paramref name="statusName"/> (a blocked one needs its reason), if the
    /// caller may: the one rule for every place a status is changed from (a card, the tab).
    /// </summary>
    public Task<ActionEdit> ChangeStatusAsync(
        GroupContext context,
        string? statusName,
        string reasonText,
        CancellationToken cancellationToken
    )
    {
        if (!Enum.TryParse<ActionStatus>(statusName, out var status) || !Enum.IsDefined(status))
        {
            return Refused(context, TextKey.RefusedUnknownStatus);
        }

        var reason = status == ActionStatus.Blocked ? reasonText : null;
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
            return Refused(context, problem);
        }

        return changes.UpdateAsync(
            context,
            context.Action!,
            stored =>
                ActionPolicy.CanChangeStatus(context.Member, stored, status) is { } refusal
                    ? ActionEdit.Refuse(refusal)
                    : Changed(
                        context.Request,
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

    /// <summary>Adds a progress note to the action the context read, if the caller may.</summary>
    /// <param name="submission">The note's form instance: a second submission of it answers as the first and adds
    /// nothing.</param>
    public Task<ActionEdit> NoteAsync(
        GroupContext context,
        string note,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        if (
            FreeText.Problem(note, TextKey.ProblemNoteMissing, FreeText.Note, TextKey.ProblemNoteTooLong) is { } problem
        )
        {
            return Refused(context, problem);
        }

        return changes.UpdateAsync(
            context,
            context.Action!,
            stored =>
                ActionPolicy.CanAddNote(context.Member, stored) is { } refusal
                    ? ActionEdit.Refuse(refusal)
                    : ActionEdit.Apply(stored, Log(context.Request, LogKind.Note) with { Note = note }),
            submission,
            cancellationToken
        );
    }

    /// <summary>A change refused before it is tried (its input is not valid), with the action as read.</summary>
    private static Task<ActionEdit> Refused(GroupContext context, TextKey reason) =>
        Task.FromResult<ActionEdit>(new ActionEdit.Refused(reason) { Action = context.Action });

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
