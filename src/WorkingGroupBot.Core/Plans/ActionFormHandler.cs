using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>Chairs create and edit actions through the action form.</summary>
public sealed class ActionFormHandler(GroupScope scope, IPlanStore plans, ActionViews views, NewActions newActions, ReminderPlanner planner, TimeProvider clock)
{
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

            var (created, log) = await newActions.CreateAsync(context, request.Caller, draft, cancellationToken);
            var notice = new Notice(request.Texts[TextKey.ActionCreated], IsProblem: false);
            return new CardReply(ActionCard.Build(request.Texts, context.View(created), [log], notice));
        }, cancellationToken);

    public Task<Reply> EditAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsync(request, async context =>
            await plans.FindActionAsync(context.Group.Key, request.Input.Int(CardData.Action) ?? 0, cancellationToken) is { } action
                ? Form(request, context, ActionFormCard.From(action), [], action.Number)
                : new TextReply(request.Texts[TextKey.ActionNotFound]), cancellationToken);

    public Task<Reply> SaveAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsync(request, async context =>
        {
            var number = request.Input.Int(CardData.Action) ?? 0;
            var draft = DraftFrom(request.Input);
            var current = await plans.FindActionAsync(context.Group.Key, number, cancellationToken);
            if (current is null)
            {
                return new TextReply(request.Texts[TextKey.ActionNotFound]);
            }

            var problems = ActionDraftValidator.Validate(draft, context.Plan, context.Roster, context.Today, current.Deadline);
            if (problems.Count > 0)
            {
                return Form(request, context, draft, problems, number);
            }

            var caller = request.Caller;
            var now = clock.GetUtcNow();
            var reminders = planner.Change(context.Group, context.Members, cancellationToken);
            var edit = await plans.UpdateActionAsync(context.Group.Key, current, stored =>
            {
                var updated = draft.AppliedTo(stored);
                var changes = ActionChanges.Between(stored, updated);
                return changes.Count == 0
                    ? ActionEdit.Refuse(TextKey.NothingChanged)
                    : ActionEdit.Apply(updated, new LogEntry { Kind = LogKind.Changed, AuthorId = caller.AadObjectId, AuthorName = caller.Name, At = now, Changes = changes });
            }, reminders.BeforeCommitAsync, cancellationToken);
            if (edit is ActionEdit.Applied applied)
            {
                await reminders.AfterCommitAsync(applied.Action);
            }

            return await ActionCardReply.AfterEditAsync(request, context, number, edit, plans, cancellationToken);
        }, cancellationToken);

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
    private static Reply Form(Request request, GroupContext context, ActionDraft draft, IReadOnlyList<FormProblem> problems, int? editing = null) =>
        context.Plan.ActiveAreas.Any()
            ? new CardReply(ActionFormCard.Build(request.Texts, context.Group, context.Plan, context.Members, draft, context.Today, problems, editing))
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
