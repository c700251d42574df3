using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Reminders;

/// <summary>The group's digest on request (chairs), in the conversation where it was asked for.</summary>
public sealed class DigestHandler(GroupScope scope, IPlanStore plans, IMemberStore members, IGroupSettingsStore settings, TimeProvider clock)
{
    public Task<Reply> ShowAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m =>
        {
            var actions = plans.ListActionsAsync(m.Group.Key, cancellationToken);
            var roster = members.ListAsync(m.Group.Key, cancellationToken);
            var last = (await settings.GetAsync(m.Group.Key, cancellationToken)).LastDigestAt;
            var digest = Digest.Build(await actions, await roster, clock.Today(m.Group.TimeZone), last);
            return new CardReply(DigestCard.Build(request.Texts, m.Group, digest, await roster));
        }, cancellationToken);
}
