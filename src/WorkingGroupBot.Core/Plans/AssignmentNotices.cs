using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Tells members in their personal chat when a chair makes an action theirs or takes it from them, once the change is
/// committed, so nobody first hears of new work from a reminder a week before its deadline. The chair who made the
/// change is not told, nor is anyone about a closed action.
/// </summary>
public sealed class AssignmentNotices(PersonalChats chats, IPersonStore people)
{
    /// <param name="before">Who was responsible before the change; none for a new action.</param>
    /// <returns>Lines for the chair's card: who was told, and who could not be (so the chair tells them).</returns>
    public async Task<IReadOnlyList<string>> SendAsync(
        GroupContext context,
        IReadOnlyCollection<string> before,
        ActionItem action,
        CancellationToken cancellationToken
    )
    {
        var caller = context.Request.Caller;
        if (action.Status.IsClosed())
        {
            return [];
        }

        var told = context
            .Members.Where(m => m.InRoster && m.AadObjectId != caller.AadObjectId)
            .Select(m =>
                (Member: m, Assigned: action.IsResponsible(m.AadObjectId), Was: before.Contains(m.AadObjectId))
            )
            .Where(m => m.Assigned != m.Was)
            .OrderByDescending(m => m.Assigned)
            .ToList();
        var outcomes = await Task.WhenAll(
            told.Select(m => TellAsync(context, m.Member, action, m.Assigned, caller.Name, cancellationToken))
        );
        var texts = context.Texts;
        var reached = told.Zip(outcomes).Where(o => o.Second == SendOutcome.Sent).Select(o => o.First.Member.Name);
        var missed = told.Zip(outcomes).Where(o => o.Second != SendOutcome.Sent).Select(o => o.First.Member.Name);
        return
        [
            .. reached.Any()
                ? [texts.Format(TextKey.AssignmentTold, string.Join(", ", reached))]
                : Array.Empty<string>(),
            .. missed.Any()
                ? [texts.Format(TextKey.AssignmentNotReached, string.Join(", ", missed))]
                : Array.Empty<string>(),
            .. told.Where(m => m.Assigned).Select(m => AwayLine(context, m.Member, action)).OfType<string>(),
        ];
    }

    /// <summary>A warning for the chair when the person is away before the deadline: until when, and who gets the
    /// reminders meanwhile.</summary>
    private static string? AwayLine(GroupContext context, Member member, ActionItem action) =>
        member.Away is { } away && away.To >= context.Today && away.From <= action.Deadline
            ? context.Texts.Format(
                TextKey.AssignedAway,
                member.Name,
                Formats.Date(context.Texts, away.To),
                Cover.For(context.Members, context.Read.Institutions, member, Max(away.From, context.Today))?.Name
                    ?? "—"
            )
            : null;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private async Task<SendOutcome> TellAsync(
        GroupContext context,
        Member member,
        ActionItem action,
        bool assigned,
        string byName,
        CancellationToken cancellationToken
    )
    {
        var person = await people.FindAsync(context.Group.Key.TenantId, member.AadObjectId, cancellationToken);
        var texts = TextSet.For(person?.Language ?? Language.Latvian);
        var view = new ActionView(context.Group, action, context.Plan, context.Members, member, context.Today);
        var card = AssignmentCard.Build(texts, view, assigned, byName);
        return await chats.SendAsync(context.Group, member, person, card, cancellationToken);
    }
}
