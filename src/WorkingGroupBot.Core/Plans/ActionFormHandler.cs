using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>Chairs create and edit actions through the action form.</summary>
public sealed class ActionFormHandler(
    IPlanStore plans,
    NewActions newActions,
    ActionChanges changes,
    AssignmentNotices assignments,
    LatvianCalendar calendar,
    TimeProvider clock
)
{
    private const int MaxConflictLines = 5;

    /// <summary>The empty form; from an area's list ("New action here"), with that area and the institution it
    /// suggests (when the group has it) chosen.</summary>
    public Task<Reply> NewAsync(GroupContext context, CancellationToken cancellationToken)
    {
        if (context.StartedPlan is not { } plan)
        {
            return Task.FromResult(StartCard(context));
        }

        var area = plan.Find(context.Request.Input.String(CardData.Area) ?? "") is { Retired: false } found
            ? found
            : null;
        var draft = new ActionDraft
        {
            AreaId = area?.Id ?? "",
            Institution = context.Read.Institutions.Any(i => i.Id == area?.Institution) ? area!.Institution : null,
        };
        return Task.FromResult(Form(context, draft, []));
    }

    public async Task<Reply> CreateAsync(GroupContext context, CancellationToken cancellationToken)
    {
        if (context.StartedPlan is null)
        {
            return StartCard(context);
        }

        var draft = DraftFrom(context);
        var problems = ActionDraftValidator.Validate(draft, context.Plan, context.Roster, context.Today);
        if (problems.Count > 0)
        {
            return Form(context, draft, problems);
        }

        var (created, log, isNew) = await newActions.CreateAsync(
            context,
            context.Request.Caller,
            draft,
            Submissions.From(context.Request),
            cancellationToken
        );
        var told = isNew ? await assignments.SendAsync(context, [], created, cancellationToken) : [];
        var notice = new Notice(
            context.Texts[TextKey.ActionCreated],
            IsProblem: false,
            [.. told, .. DayOffWarning(context, created.Deadline)]
        );
        return new CardReply(ActionCard.Build(context.Texts, context.View(created), [log], notice, offerAnother: true));
    }

    public Task<Reply> EditAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(
            context.StartedPlan is null
                ? StartCard(context)
                : Form(
                    context,
                    ActionFormCard.From(context.Action!, context.Read.Institutions),
                    [],
                    EditBase.Of(context.Action!)
                )
        );

    /// <summary>
    /// Saves the form over the action only while the fields it edits are as the form showed them; otherwise changes
    /// nothing and answers with the form again: who changed what since, the draft kept, and the new state as its base.
    /// </summary>
    public async Task<Reply> SaveAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (request, current) = (context.Request, context.Action!);
        if (context.StartedPlan is null)
        {
            return StartCard(context);
        }

        // A form without a base (built before forms had one) is taken as stale: it could only overwrite blindly.
        var based = EditBase.From(request.Input) ?? new EditBase(current.Number, 0, "");
        var draft = DraftFrom(context);
        var problems = ActionDraftValidator.Validate(
            draft,
            context.Plan,
            context.Roster,
            context.Today,
            current.Deadline
        );
        if (problems.Count > 0)
        {
            return Form(context, draft, problems, based);
        }

        var caller = request.Caller;
        var now = clock.GetUtcNow();
        var edit = await changes.UpdateAsync(
            context,
            current,
            stored =>
            {
                var updated = draft.AppliedTo(stored);
                var fields = FieldChanges.Between(stored, updated);
                return fields.Count == 0 ? ActionEdit.Refuse(TextKey.NothingChanged)
                    : based.IsStale(stored) ? ActionEdit.Refuse(TextKey.EditConflict)
                    : ActionEdit.Apply(
                        updated,
                        new LogEntry
                        {
                            Kind = LogKind.Changed,
                            AuthorId = caller.AadObjectId,
                            AuthorName = caller.Name,
                            At = now,
                            Changes = fields,
                        }
                    );
            },
            submission: null,
            cancellationToken
        );

        if (edit is ActionEdit.Refused { Reason: TextKey.EditConflict, Action: { } latest })
        {
            return await ConflictAsync(context, draft, based, latest, cancellationToken);
        }

        var told =
            edit is ActionEdit.Applied applied
            && applied.Log.Changes.FirstOrDefault(c => c.Field == ActionField.Responsible) is { } reassigned
                ? await assignments.SendAsync(
                    context,
                    reassigned.Before?.Split(',') ?? [],
                    applied.Action,
                    cancellationToken
                )
                : [];
        var moved =
            edit is ActionEdit.Applied { Log.Changes: var changed, Action: var saved }
            && changed.Any(c => c.Field == ActionField.Deadline)
                ? DayOffWarning(context, saved.Deadline)
                : [];
        return ActionCardReply.AfterEdit(context, edit, context.Read.Log, [.. told, .. moved]);
    }

    /// <summary>
    /// A warning beside the confirmation, as for someone away: a deadline on a weekend, a public holiday or a day off
    /// may be meant (nothing is refused), but is more often a slip of the date picker, and its reminders then go out on
    /// a day nobody works.
    /// </summary>
    private IReadOnlyList<string> DayOffWarning(GroupContext context, DateOnly deadline) =>
        calendar.IsWorkingDay(deadline)
            ? []
            : [context.Texts.Format(TextKey.DeadlineNotWorkingDay, Formats.Day(context.Texts, deadline))];

    /// <summary>
    /// The form again, on the action as it is now with only the chair's own edits carried over (so that Save re-applies
    /// those and undoes nobody else's), and the others' changes listed.
    /// </summary>
    /// <param name="current">The action as it was when the save was refused.</param>
    private async Task<Reply> ConflictAsync(
        GroupContext context,
        ActionDraft draft,
        EditBase based,
        ActionItem current,
        CancellationToken cancellationToken
    )
    {
        // The turn's log, read again only if it is behind the action as it was when the save was refused.
        var read = context.Read.Log;
        var log =
            read.Count >= current.Revision
                ? read
                : await plans.ReadLogAsync(context.Group.Key, current.Number, cancellationToken);
        // Line n of the log is revision n: what came after the form's base.
        var theirs = log.Skip(based.Revision).ToList();
        var listed = theirs
            .Where(e => e.Changes.Any(c => c.Field is not (ActionField.Status or ActionField.BlockedReason)))
            .TakeLast(MaxConflictLines)
            .Select(e => HistoryCard.Line(context.Texts, context.View(current), e))
            .ToList();
        var notice = new Notice(context.Texts[TextKey.EditConflict], IsProblem: true, listed);
        return Form(context, draft.RebasedOnto(current, theirs), [], EditBase.Of(current), notice);
    }

    private static Reply StartCard(GroupContext context) =>
        new CardReply(PlanStartCard.Build(context.Texts, context.Group, viewerIsChair: true));

    /// <summary>
    /// The action form; while the plan has no active area (started empty, or all retired) the areas card instead, since
    /// a form whose area list is empty is an invalid card and could never be saved.
    /// </summary>
    private static Reply Form(
        GroupContext context,
        ActionDraft draft,
        IReadOnlyList<FormProblem> problems,
        EditBase? editing = null,
        Notice? notice = null
    ) =>
        context.Plan.ActiveAreas.Any()
            ? new CardReply(
                ActionFormCard.Build(
                    context.Texts,
                    context.Group,
                    context.Plan,
                    context.Members,
                    context.Read.Institutions,
                    draft,
                    context.Today,
                    problems,
                    editing,
                    notice
                )
            )
            : new CardReply(
                AreasCard.Build(
                    context.Texts,
                    context.Group,
                    context.Plan,
                    context.Read.Institutions,
                    context.Texts[TextKey.PlanNoAreas]
                )
            );

    /// <summary>The form as filled in; an institution chosen brings its representatives among the
    /// responsible (an unknown one is none).</summary>
    private static ActionDraft DraftFrom(GroupContext context)
    {
        var input = context.Request.Input;
        var institution = context.Read.Institutions.FirstOrDefault(i => i.Id == input.String(ActionForm.Institution));
        var named = input.List(ActionForm.Responsible);
        return new()
        {
            Title = input.Text(ActionForm.Title),
            Description = input.Text(ActionForm.Description),
            AreaId = input.Text(ActionForm.Area),
            Responsible = institution is null ? named : named.Union(institution.Representatives).ToList(),
            Institution = institution?.Id,
            Named = institution is null ? null : named,
            Deadline = input.Date(ActionForm.Deadline),
            DeadlineTime = input.Time(ActionForm.DeadlineTime),
        };
    }
}
