using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Members;

/// <summary>The members' verbs: the list for everyone, roles for chairs, absences, institutions.</summary>
public sealed class MemberRoutes(MembersHandler members, AbsenceHandler absences, InstitutionsHandler institutions)
    : IRoutes
{
    private static readonly Plans.PlanReads WithActions = new(AllActions: true);

    public IEnumerable<Route> Routes =>
        [
            Route.Group(Verbs.Members, Access.Member, members.ListAsync),
            Route.Group(Verbs.MakeChair, Access.Chair, members.MakeChairAsync),
            Route.Group(Verbs.StepDown, Access.Chair, members.StepDownAsync),
            Route.Group(Verbs.Absences, Access.Member, absences.ShowAsync),
            Route.Group(Verbs.SetAbsence, Access.Member, absences.SetAsync),
            Route.Group(Verbs.CancelAbsence, Access.Member, absences.CancelAsync),
            Route.Group(Verbs.Institutions, Access.Member, institutions.ShowAsync),
            Route.Group(Verbs.EditInstitution, Access.Chair, institutions.EditAsync),
            // Saving or removing reads the actions too: those the institution owns follow it.
            Route.Group(Verbs.SaveInstitution, Access.Chair, institutions.SaveAsync, _ => WithActions),
            Route.Group(Verbs.RemoveInstitution, Access.Chair, institutions.RemoveAsync, _ => WithActions),
        ];
}
