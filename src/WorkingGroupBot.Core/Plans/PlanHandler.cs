using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>The plan overview, starting the plan, and the chairs' work on its areas.</summary>
public sealed class PlanHandler(GroupScope scope, IPlanStore plans, IMemberStore members, ReminderPlanner planner, TimeProvider clock)
{
    public Task<Reply> ShowAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsync(request, m => OverviewAsync(request.Texts, m, cancellationToken, request.Input.Int(CardData.Page)), cancellationToken);

    public Task<Reply> StartAsync(Request request, bool fromTemplate, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m =>
        {
            var areas = fromTemplate
                ? PlanTemplate.Areas.Select((key, i) => new Area { Id = NewAreaId(), TemplateName = key, Order = i }).ToList()
                : [];
            await planner.ChangeGroupAsync(m.Group, () => plans.StartPlanAsync(m.Group.Key, areas, cancellationToken), cancellationToken);
            return await OverviewAsync(request.Texts, m, cancellationToken);
        }, cancellationToken);

    public Task<Reply> AreasAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsChairAsync(request, (m, plan) => Task.FromResult<Reply>(new CardReply(AreasCard.Build(request.Texts, m.Group, plan, page: request.Input.Int(CardData.Page)))), cancellationToken);

    public Task<Reply> AddAreaAsync(Request request, CancellationToken cancellationToken) =>
        WithPlanAsChairAsync(request, async (m, plan) =>
        {
            var name = request.Input.Text(ActionForm.AreaName);
            if (ProblemWith(name) is { } problem)
            {
                return new CardReply(AreasCard.Build(request.Texts, m.Group, plan, request.Texts[problem], request.Input.Int(CardData.Page)));
            }

            var area = new Area { Id = NewAreaId(), Name = name, Order = plan.Areas.Count == 0 ? 0 : plan.Areas.Max(a => a.Order) + 1 };
            await plans.SaveAreaAsync(m.Group.Key, area, cancellationToken);
            return new CardReply(AreasCard.Build(request.Texts, m.Group, plan with { Areas = [.. plan.Areas, area] }, page: int.MaxValue));
        }, cancellationToken);

    public Task<Reply> RenameAreaAsync(Request request, CancellationToken cancellationToken) =>
        ChangeAreaAsync(request, area =>
        {
            var name = request.Input.Text(AreasCard.RenameInput(area.Id));
            return ProblemWith(name) is { } problem ? (null, problem) : (area with { Name = name }, null);
        }, cancellationToken);

    public Task<Reply> RetireAreaAsync(Request request, CancellationToken cancellationToken) =>
        ChangeAreaAsync(request, area => (area with { Retired = true }, null), cancellationToken);

    private Task<Reply> ChangeAreaAsync(Request request, Func<Area, (Area? Changed, TextKey? Problem)> change, CancellationToken cancellationToken) =>
        WithPlanAsChairAsync(request, async (m, plan) =>
        {
            if (plan.Find(request.Input.Text(CardData.Area)) is not { } area)
            {
                return new CardReply(AreasCard.Build(request.Texts, m.Group, plan, request.Texts[TextKey.AreaNotFound], request.Input.Int(CardData.Page)));
            }

            var (changed, problem) = change(area);
            if (changed is null)
            {
                return new CardReply(AreasCard.Build(request.Texts, m.Group, plan, request.Texts[problem!.Value], request.Input.Int(CardData.Page)));
            }

            await plans.SaveAreaAsync(m.Group.Key, changed, cancellationToken);
            return new CardReply(AreasCard.Build(request.Texts, m.Group, plan with { Areas = plan.Areas.Select(a => a.Id == area.Id ? changed : a).ToList() }, page: request.Input.Int(CardData.Page)));
        }, cancellationToken);

    private Task<Reply> WithPlanAsChairAsync(Request request, Func<Membership, Plan, Task<Reply>> handle, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m => await plans.FindPlanAsync(m.Group.Key, cancellationToken) is { } plan
            ? await handle(m, plan)
            : new CardReply(PlanStartCard.Build(request.Texts, m.Group, viewerIsChair: true)), cancellationToken);

    private async Task<Reply> OverviewAsync(Texts.Texts texts, Membership membership, CancellationToken cancellationToken, int? page = null)
    {
        var group = membership.Group;
        var planTask = plans.FindPlanAsync(group.Key, cancellationToken);
        var actionsTask = plans.ListActionsAsync(group.Key, cancellationToken);
        var membersTask = members.ListAsync(group.Key, cancellationToken);
        if (await planTask is not { } plan)
        {
            return new CardReply(PlanStartCard.Build(texts, group, membership.Member.IsChair));
        }

        var summary = PlanSummary.Build(plan, await actionsTask, await membersTask, clock.Today(group.TimeZone));
        return new CardReply(PlanCard.Build(texts, group, summary, membership.Member.IsChair, page));
    }

    private static TextKey? ProblemWith(string areaName) =>
        FreeText.Problem(areaName, TextKey.ProblemAreaNameMissing, FreeText.AreaName, TextKey.ProblemAreaNameTooLong);

    private static string NewAreaId() => Guid.NewGuid().ToString("N")[..10];
}
