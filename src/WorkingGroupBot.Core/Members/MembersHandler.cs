using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>The group's people and roles; chairs make others chairs, and a chair may step down if another remains.</summary>
public sealed class MembersHandler(GroupScope scope, IMemberStore members, ReminderPlanner planner)
{
    public Task<Reply> ListAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsync(request, m => CardAsync(request, m, null, cancellationToken), cancellationToken);

    public Task<Reply> MakeChairAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m =>
        {
            var target = request.Input.Text(CardData.Member);
            var done = await planner.ChangeGroupAsync(
                m.Group, async () => target.Length > 0 && await members.SetRoleAsync(m.Group.Key, target, MemberRole.Chair, cancellationToken), cancellationToken);
            return await CardAsync(request, m, done ? null : new Notice(request.Texts[TextKey.MemberNotFound], IsProblem: true), cancellationToken);
        }, cancellationToken);

    public Task<Reply> StepDownAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m =>
        {
            var done = await members.SetRoleAsync(m.Group.Key, m.Member.AadObjectId, MemberRole.Member, cancellationToken);
            var notice = done ? null : new Notice(request.Texts[TextKey.RefusedLastChair], IsProblem: true);
            var viewer = done ? m with { Member = m.Member with { Role = MemberRole.Member } } : m;
            return await CardAsync(request, viewer, notice, cancellationToken);
        }, cancellationToken);

    private async Task<Reply> CardAsync(Request request, Membership viewer, Notice? notice, CancellationToken cancellationToken) =>
        new CardReply(MembersCard.Build(request.Texts, viewer, await members.ListAsync(viewer.Group.Key, cancellationToken), notice, request.Input.Int(CardData.Page)));
}
