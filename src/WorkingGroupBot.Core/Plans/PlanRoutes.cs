using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Plans;

/// <summary>The plan's verbs: the overview and areas, the action form, and what is done to one action.</summary>
public sealed class PlanRoutes(
    PlanHandler plan,
    MyActionsHandler myActions,
    ActionFormHandler forms,
    ActionUpdateHandler updates,
    HandoverHandler handover
) : IRoutes
{
    private static readonly PlanReads AllActions = new(AllActions: true);

    public IEnumerable<Route> Routes =>
        [
            Route.Group(Verbs.Plan, Access.Member, plan.ShowAsync, _ => AllActions),
            Route.Group(Verbs.ListActions, Access.Member, plan.ListAsync, _ => AllActions),
            Route.Group(
                Verbs.StartPlanFromTemplate,
                Access.Chair,
                (c, ct) => plan.StartAsync(c, fromTemplate: true, ct),
                _ => AllActions
            ),
            Route.Group(
                Verbs.StartEmptyPlan,
                Access.Chair,
                (c, ct) => plan.StartAsync(c, fromTemplate: false, ct),
                _ => AllActions
            ),
            Route.Group(Verbs.Areas, Access.Chair, plan.AreasAsync),
            Route.Group(Verbs.AddArea, Access.Chair, plan.AddAreaAsync),
            Route.Group(Verbs.RenameArea, Access.Chair, plan.RenameAreaAsync),
            Route.Group(Verbs.RetireArea, Access.Chair, plan.RetireAreaAsync),
            Route.Group(Verbs.ChooseAreaInstitution, Access.Chair, plan.ChooseAreaInstitutionAsync),
            Route.Group(Verbs.SetAreaInstitution, Access.Chair, plan.SetAreaInstitutionAsync),
            Route.Caller(Verbs.MyActions, (r, ct) => myActions.ListAsync(r, ct)),
            Route.Group(Verbs.NewAction, Access.Chair, forms.NewAsync),
            Route.Group(Verbs.CreateAction, Access.Chair, forms.CreateAsync),
            Route.Group(Verbs.EditAction, Access.Chair, forms.EditAsync, CardData.ActionOf),
            Route.Group(Verbs.SaveAction, Access.Chair, forms.SaveAsync, CardData.ActionOf),
            Route.Group(Verbs.OpenAction, Access.Member, updates.OpenAsync, CardData.ActionOf),
            Route.Group(Verbs.RefreshAction, Access.Member, updates.OpenAsync, CardData.ActionOf),
            Route.Group(Verbs.SetStatus, Access.Member, updates.SetStatusAsync, CardData.ActionOf),
            Route.Group(Verbs.AddNote, Access.Member, updates.AddNoteAsync, CardData.ActionOf),
            Route.Group(Verbs.History, Access.Chair, updates.HistoryAsync, CardData.ActionOf),
            Route.Group(Verbs.Handover, Access.Chair, handover.ShowAsync, _ => AllActions),
            Route.Group(Verbs.HandOver, Access.Chair, handover.AssignAsync, r =>
                CardData.ActionOf(r) with
                {
                    AllActions = true,
                }
            ),
        ];
}
