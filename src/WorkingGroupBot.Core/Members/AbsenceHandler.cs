using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// Absences: anyone says when they are away, a chair may say it for anyone, and the absence ends by itself after its
/// last day or when cancelled. Who may is decided on the roster the turn read, never on the card's data.
/// </summary>
public sealed class AbsenceHandler(IMemberStore members)
{
    public Task<Reply> ShowAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Card(context, context.Members, notice: null));

    public async Task<Reply> SetAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var input = context.Request.Input;
        var texts = context.Texts;
        var who = input.String(AbsenceCard.Who) ?? context.Member.AadObjectId;
        if (Refusal(context, who) is { } refusal)
        {
            return Card(context, context.Members, refusal);
        }

        var (from, to) = (input.Date(AbsenceCard.From), input.Date(AbsenceCard.To));
        if (
            from is not { } first
            || to is not { } last
            || first < context.Today
            || last < first
            || last.DayNumber - first.DayNumber >= Absence.MaxDays
        )
        {
            return Card(context, context.Members, new Notice(texts[TextKey.ProblemAbsenceDates], IsProblem: true));
        }

        var away = new Absence(first, last);
        await members.SetAwayAsync(context.Group.Key, who, away, cancellationToken);
        var name = context.Members.First(m => m.AadObjectId == who).Name;
        return Card(
            context,
            With(context.Members, who, away),
            new Notice(
                texts.Format(TextKey.AbsenceSaved, name, Formats.Date(texts, first), Formats.Date(texts, last)),
                IsProblem: false
            )
        );
    }

    public async Task<Reply> CancelAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var who = context.Request.Input.Text(CardData.Member);
        if (Refusal(context, who) is { } refusal)
        {
            return Card(context, context.Members, refusal);
        }

        var member = context.Members.First(m => m.AadObjectId == who);
        if (member.Away is null)
        {
            // Not away (any more): nothing to cancel, nothing written.
            return Card(context, context.Members, notice: null);
        }

        await members.SetAwayAsync(context.Group.Key, who, away: null, cancellationToken);
        var name = member.Name;
        return Card(
            context,
            With(context.Members, who, away: null),
            new Notice(context.Texts.Format(TextKey.AbsenceCleared, name), IsProblem: false)
        );
    }

    /// <summary>Why the caller may not set <paramref name="who"/>'s absence: they are not in the roster, or they are
    /// someone else and the caller is no chair.</summary>
    private static Notice? Refusal(GroupContext context, string who)
    {
        if (!context.Members.Any(m => m.InRoster && m.AadObjectId == who))
        {
            return new Notice(context.Texts[TextKey.MemberNotFound], IsProblem: true);
        }

        return who != context.Member.AadObjectId && !context.Member.IsChair
            ? new Notice(context.Texts[TextKey.RefusedAwayOthers], IsProblem: true)
            : null;
    }

    private static IReadOnlyList<Member> With(IReadOnlyList<Member> all, string who, Absence? away) =>
        all.Select(m => m.AadObjectId == who ? m with { Away = away } : m).ToList();

    private static Reply Card(GroupContext context, IReadOnlyList<Member> all, Notice? notice) =>
        new CardReply(AbsenceCard.Build(context.Texts, context.Membership, all, context.Today, notice));
}
