using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>Chairs create and edit actions through the action form.</summary>
public sealed class ActionFormHandler(GroupScope scope, IPlanStore plans, ActionViews views, NewActions newActions, ActionChanges changes, TimeProvider clock)
{
    private const int MaxConflictLines = 5;

    public Task<Reply> NewAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsync(request, context => Task.FromResult(Form(request, context, new ActionDraft(), [])), cancellationToken);

    public Task<Reply> CreateAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsync(request, async context =>
        {
            var draft = DraftFrom(request.Input);
            var problems = ActionDraftValidator.Validate(draft, context.Plan, context.Roster, context.Today);
            if (problems.Count > 0)
            {
                return Form(request, context, draft, problems);
            }

            var (created, log) = await newActions.CreateAsync(context, request.Caller, draft, Submissions.From(request), cancellationToken);
            var notice = new Notice(request.Texts[TextKey.ActionCreated], IsProblem: false);
            return new CardReply(ActionCard.Build(request.Texts, context.View(created), [log], notice));
        }, cancellationToken);

    public Task<Reply> EditAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsync(request, async context =>
            await plans.FindActionAsync(context.Group.Key, request.Input.Int(CardData.Action) ?? 0, cancellationToken) is { } action
                ? Form(request, context, ActionFormCard.From(action), [], EditBase.Of(action))
                : new TextReply(request.Texts[TextKey.ActionNotFound]), cancellationToken);

    /// <summary>
    /// Saves the form over the action only while the fields it edits are as the form showed them; otherwise changes
    /// nothing and answers with the form again: who changed what since, the draft kept, and the new state as its base.
    /// </summary>
    public Task<Reply> SaveAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsync(request, async context =>
        {
            var number = request.Input.Int(CardData.Action) ?? 0;
            // A form without a base (built before forms had one) is taken as stale: it could only overwrite blindly.
            var based = EditBase.From(request.Input) ?? new EditBase(number, 0, "");
            var draft = DraftFrom(request.Input);
            var current = await plans.FindActionAsync(context.Group.Key, number, cancellationToken);
            if (current is null)
            {
                return new TextReply(request.Texts[TextKey.ActionNotFound]);
            }

            var problems = ActionDraftValidator.Validate(draft, context.Plan, context.Roster, context.Today, current.Deadline);
            if (problems.Count > 0)
            {
                return Form(request, context, draft, problems, based);
            }

            var caller = request.Caller;
            var now = clock.GetUtcNow();
            // The log is read beside the change, not after it: the answer adds the change's own line to it.
            var log = plans.ReadLogAsync(context.Group.Key, number, cancellationToken);
            var edit = changes.UpdateAsync(context, current, stored =>
            {
                var updated = draft.AppliedTo(stored);
                var fields = FieldChanges.Between(stored, updated);
                return fields.Count == 0 ? ActionEdit.Refuse(TextKey.NothingChanged)
                    : based.IsStale(stored) ? ActionEdit.Refuse(TextKey.EditConflict)
                    : ActionEdit.Apply(updated, new LogEntry { Kind = LogKind.Changed, AuthorId = caller.AadObjectId, AuthorName = caller.Name, At = now, Changes = fields });
            }, submission: null, cancellationToken);
            await Task.WhenAll(log, edit);

            return await edit is ActionEdit.Refused { Reason: TextKey.EditConflict, Action: { } latest }
                ? await ConflictAsync(request, context, draft, based, latest, await log, cancellationToken)
                : ActionCardReply.AfterEdit(request, context, await edit, await log);
        }, cancellationToken);

    /// <summary>
    /// The form again, on the action as it is now with only the chair's own edits carried over (so that Save re-applies
    /// those and undoes nobody else's), and the others' changes listed.
    /// </summary>
    /// <param name="current">The action as it was when the save was refused.</param>
    /// <param name="read">Its log as the turn read it; read again if it is behind <paramref name="current"/>.</param>
    private async Task<Reply> ConflictAsync(
        Request request, GroupContext context, ActionDraft draft, EditBase based, ActionItem current, IReadOnlyList<LogEntry> read,
        CancellationToken cancellationToken)
    {
        var log = read.Count >= current.Revision ? read : await plans.ReadLogAsync(context.Group.Key, current.Number, cancellationToken);
        // Line n of the log is revision n: what came after the form's base.
        var theirs = log.Skip(based.Revision).ToList();
        var listed = theirs
            .Where(e => e.Changes.Any(c => c.Field is not (ActionField.Status or ActionField.BlockedReason)))
            .TakeLast(MaxConflictLines)
            .Select(e => HistoryCard.Line(request.Texts, context.View(current), e))
            .ToList();
        var notice = new Notice(request.Texts[TextKey.EditConflict], IsProblem: true, listed);
        return Form(request, context, draft.RebasedOnto(current, theirs), [], EditBase.Of(current), notice);
    }

    private Task<Reply> WithPlanAsync(Request request, Func<GroupContext, Task<Reply>> handle, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async membership =>
        {
            var context = await views.LoadAsync(membership, cancellationToken);
            return context.StartedPlan is null
                ? new CardReply(PlanStartCard.Build(request.Texts, context.Group, viewerIsChair: true))
                : await handle(context);
        }, cancellationToken);

    /// <summary>
    /// The action form; while the plan has no active area (started empty, or all retired) the areas card instead, since
    /// a form whose area list is empty is an invalid card and could never be saved.
    /// </summary>
    private static Reply Form(Request request, GroupContext context, ActionDraft draft, IReadOnlyList<FormProblem> problems, EditBase? editing = null, Notice? notice = null) =>
        context.Plan.ActiveAreas.Any()
            ? new CardReply(ActionFormCard.Build(request.Texts, context.Group, context.Plan, context.Members, draft, context.Today, problems, editing, notice))
            : new CardReply(AreasCard.Build(request.Texts, context.Group, context.Plan, request.Texts[TextKey.PlanNoAreas]));

    private static ActionDraft DraftFrom(CardInput input) => new()
    {
        Title = input.Text(ActionForm.Title),
        Description = input.Text(ActionForm.Description),
        AreaId = input.Text(ActionForm.Area),
        Responsible = input.List(ActionForm.Responsible),
        Deadline = input.Date(ActionForm.Deadline),
        DeadlineTime = input.Time(ActionForm.DeadlineTime),
    };
}
