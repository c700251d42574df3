using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>The plan overview, starting the plan, and the chairs' work on its areas.</summary>
public sealed class PlanHandler(IPlanStore plans, ReminderPlanner planner)
{
    public Task<Reply> ShowAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Overview(context, context.StartedPlan, context.Request.Input.Int(CardData.Page)));

    /// <summary>The actions of an area, of a person, or of no one, as the plan card's taps ask.</summary>
    public Task<Reply> ListAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var of = context.Request.Input.String(CardData.Of);
        return Task.FromResult<Reply>(
            ActionLists.Select(context, of) is { } list
                ? new CardReply(
                    ActionListCard.Build(
                        context.Texts,
                        context.Group,
                        list.Title,
                        list.Actions.Select(context.View).ToList(),
                        of!,
                        context.Request.Input.Int(CardData.Page),
                        context.Member.IsChair ? ActionLists.ChairAction(context.Texts, context.Group, of) : null
                    )
                )
                : new TextReply(context.Texts[TextKey.ActionListUnknown])
        );
    }

    public async Task<Reply> StartAsync(GroupContext context, bool fromTemplate, CancellationToken cancellationToken)
    {
        var areas = fromTemplate
            ? PlanTemplate
                .Areas.Select(
                    (key, i) =>
                        new Area
                        {
                            Id = NewAreaId(),
                            TemplateName = key,
                            Order = i,
                            Institution = PlanTemplate.SuggestedInstitution[key].ToString(),
                        }
                )
                .ToList()
            : [];
        Plan? started = null;
        await planner.ChangeGroupAsync(
            context.Group,
            async () => started = await plans.StartPlanAsync(context.Group.Key, areas, cancellationToken),
            cancellationToken
        );
        return Overview(context, started, page: null);
    }

    public Task<Reply> AreasAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(
            context.StartedPlan is { } plan
                ? Areas(context, plan, notice: null, context.Request.Input.Int(CardData.Page))
                : StartCard(context)
        );

    public async Task<Reply> AddAreaAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var input = context.Request.Input;
        if (context.StartedPlan is not { } plan)
        {
            return StartCard(context);
        }

        var name = input.Text(ActionForm.AreaName);
        if (ProblemWith(name) is { } problem)
        {
            return Areas(context, plan, context.Texts[problem], input.Int(CardData.Page));
        }

        var area = new Area
        {
            Id = NewAreaId(),
            Name = name,
            Order = plan.Areas.Count == 0 ? 0 : plan.Areas.Max(a => a.Order) + 1,
        };
        await plans.SaveAreaAsync(context.Group.Key, area, cancellationToken);
        return Areas(context, plan with { Areas = [.. plan.Areas, area] }, notice: null, page: int.MaxValue);
    }

    public Task<Reply> RenameAreaAsync(GroupContext context, CancellationToken cancellationToken) =>
        ChangeAreaAsync(
            context,
            area =>
            {
                var name = context.Request.Input.Text(AreasCard.RenameInput(area.Id));
                return ProblemWith(name) is { } problem ? (null, problem) : (area with { Name = name }, null);
            },
            cancellationToken
        );

    /// <summary>The areas card with one area's institution chooser open.</summary>
    public Task<Reply> ChooseAreaInstitutionAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(
            context.StartedPlan is { } plan
                ? new CardReply(
                    AreasCard.Build(
                        context.Texts,
                        context.Group,
                        plan,
                        context.Read.Institutions,
                        notice: null,
                        context.Request.Input.Int(CardData.Page),
                        choosingFor: context.Request.Input.String(CardData.Area)
                    )
                )
                : StartCard(context)
        );

    /// <summary>Sets the institution suggested for an area's actions (or none).</summary>
    public Task<Reply> SetAreaInstitutionAsync(GroupContext context, CancellationToken cancellationToken) =>
        ChangeAreaAsync(
            context,
            area =>
            {
                var chosen = context.Request.Input.String(AreasCard.InstitutionInput(area.Id));
                return string.IsNullOrEmpty(chosen) ? (area with { Institution = null }, null)
                    : context.Read.Institutions.Any(i => i.Id == chosen) ? (area with { Institution = chosen }, null)
                    : (null, TextKey.InstitutionNotFound);
            },
            cancellationToken
        );

    public Task<Reply> RetireAreaAsync(GroupContext context, CancellationToken cancellationToken) =>
        ChangeAreaAsync(context, area => (area with { Retired = true }, null), cancellationToken);

    private async Task<Reply> ChangeAreaAsync(
        GroupContext context,
        Func<Area, (Area? Changed, TextKey? Problem)> change,
        CancellationToken cancellationToken
    )
    {
        var input = context.Request.Input;
        var page = input.Int(CardData.Page);
        if (context.StartedPlan is not { } plan)
        {
            return StartCard(context);
        }

        if (plan.Find(input.Text(CardData.Area)) is not { } area)
        {
            return Areas(context, plan, context.Texts[TextKey.AreaNotFound], page);
        }

        var (changed, problem) = change(area);
        if (changed is null)
        {
            return Areas(context, plan, context.Texts[problem!.Value], page);
        }

        await plans.SaveAreaAsync(context.Group.Key, changed, cancellationToken);
        return Areas(
            context,
            plan with
            {
                Areas = plan.Areas.Select(a => a.Id == area.Id ? changed : a).ToList(),
            },
            notice: null,
            page
        );
    }

    private static Reply Overview(GroupContext context, Plan? plan, int? page)
    {
        if (plan is null)
        {
            return new CardReply(PlanStartCard.Build(context.Texts, context.Group, context.Member.IsChair));
        }

        var summary = PlanSummary.Build(
            plan,
            context.Read.Actions,
            context.Members,
            context.Today,
            context.Read.Institutions
        );
        return new CardReply(
            PlanCard.Build(context.Texts, context.Group, summary, context.View, context.Member.IsChair, page)
        );
    }

    private static Reply Areas(GroupContext context, Plan plan, string? notice, int? page) =>
        new CardReply(AreasCard.Build(context.Texts, context.Group, plan, context.Read.Institutions, notice, page));

    private static Reply StartCard(GroupContext context) =>
        new CardReply(PlanStartCard.Build(context.Texts, context.Group, viewerIsChair: true));

    private static TextKey? ProblemWith(string areaName) =>
        FreeText.Problem(areaName, TextKey.ProblemAreaNameMissing, FreeText.AreaName, TextKey.ProblemAreaNameTooLong);

    private static string NewAreaId() => Guid.NewGuid().ToString("N")[..10];
}
