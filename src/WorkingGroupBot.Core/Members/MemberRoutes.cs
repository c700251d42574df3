using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Members;

/// <summary>The members' verbs: the list for everyone, roles for chairs.</summary>
public sealed class MemberRoutes(MembersHandler members) : IRoutes
{
    public IEnumerable<Route> Routes =>
        [
            Route.Group(Verbs.Members, Access.Member, members.ListAsync),
            Route.Group(Verbs.MakeChair, Access.Chair, members.MakeChairAsync),
            Route.Group(Verbs.StepDown, Access.Chair, members.StepDownAsync),
        ];
}
