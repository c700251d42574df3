using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Members;

/// <summary>The members' verbs: the list for everyone, roles for chairs, absences.</summary>
public sealed class MemberRoutes(MembersHandler members, AbsenceHandler absences) : IRoutes
{
    public IEnumerable<Route> Routes =>
        [
            Route.Group(Verbs.Members, Access.Member, members.ListAsync),
            Route.Group(Verbs.MakeChair, Access.Chair, members.MakeChairAsync),
            Route.Group(Verbs.StepDown, Access.Chair, members.StepDownAsync),
            Route.Group(Verbs.Absences, Access.Member, absences.ShowAsync),
            Route.Group(Verbs.SetAbsence, Access.Member, absences.SetAsync),
            Route.Group(Verbs.CancelAbsence, Access.Member, absences.CancelAsync),
        ];
}
