using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>The group's people and roles; chairs make others chairs, and a chair may step down if another
/// remains.</summary>
public sealed class MembersHandler(IMemberStore members, ReminderPlanner planner)
{
    public Task<Reply> ListAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Card(context, context.Membership, context.Members, notice: null));

    public async Task<Reply> MakeChairAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var target = context.Request.Input.Text(CardData.Member);
        var done = await planner.ChangeGroupAsync(
            context.Group,
            async () =>
                target.Length > 0
                && await members.SetRoleAsync(context.Group.Key, target, MemberRole.Chair, cancellationToken),
            cancellationToken
        );
        return done
            ? Card(context, context.Membership, WithRole(context.Members, target, MemberRole.Chair), notice: null)
            : Card(
                context,
                context.Membership,
                context.Members,
                new Notice(context.Texts[TextKey.MemberNotFound], IsProblem: true)
            );
    }

    public async Task<Reply> StepDownAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var me = context.Member.AadObjectId;
        if (!await members.SetRoleAsync(context.Group.Key, me, MemberRole.Member, cancellationToken))
        {
            return Card(
                context,
                context.Membership,
                context.Members,
                new Notice(context.Texts[TextKey.RefusedLastChair], IsProblem: true)
            );
        }

        var viewer = context.Membership with { Member = context.Member with { Role = MemberRole.Member } };
        return Card(context, viewer, WithRole(context.Members, me, MemberRole.Member), notice: null);
    }

    /// <summary>The members as the turn read them, with the role the turn just gave one of them.</summary>
    private static IReadOnlyList<Member> WithRole(IReadOnlyList<Member> all, string aadObjectId, MemberRole role) =>
        all.Select(m => m.AadObjectId == aadObjectId ? m with { Role = role } : m).ToList();

    private static Reply Card(GroupContext context, Membership viewer, IReadOnlyList<Member> all, Notice? notice) =>
        new CardReply(
            MembersCard.Build(
                context.Texts,
                viewer,
                all,
                context.Read.Institutions,
                notice,
                context.Request.Input.Int(CardData.Page)
            )
        );
}
