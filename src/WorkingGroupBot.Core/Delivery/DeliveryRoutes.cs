using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Delivery;

/// <summary>The verbs of what the bot sends: snoozing a reminder, the digest on request (chairs).</summary>
public sealed class DeliveryRoutes(SnoozeHandler snooze, DigestHandler digest) : IRoutes
{
    public IEnumerable<Route> Routes =>
        [
            Route.Group(Verbs.Snooze, Access.Member, snooze.SnoozeAsync, CardData.ActionOf),
            Route.Group(Verbs.Digest, Access.Chair, digest.ShowAsync, _ => new PlanReads(AllActions: true)),
        ];
}
