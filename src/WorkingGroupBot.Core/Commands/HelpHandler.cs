using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Commands;

/// <summary>Help: what the caller can do, in every group they are in.</summary>
public sealed class HelpHandler(MembershipLookup memberships) : IRoutes
{
    public IEnumerable<Route> Routes => [Route.Caller(Verbs.Help, HandleAsync)];

    private async Task<Reply> HandleAsync(Request request, CancellationToken cancellationToken) =>
        new CardReply(HelpCard.Build(request.Texts, await memberships.FindAsync(request.Turn, cancellationToken)));
}
