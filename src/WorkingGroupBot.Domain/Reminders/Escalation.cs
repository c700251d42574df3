using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Reminders;

/// <summary>One person told that an action is long overdue, and why: as a chair, or as the deputy of the institution
/// whose representative is responsible (<paramref name="DeputyOf"/>, with that representative).</summary>
public sealed record Escalated(Member Member, Institution? DeputyOf = null, Member? Representative = null);

/// <summary>
/// Who is told when an action is long overdue ("tell the chairs after N days"): every chair in the roster, and the
/// deputy of each institution whose representative is responsible for it (unless they are a chair or responsible
/// themselves).
/// </summary>
public static class Escalation
{
    public static IReadOnlyList<Escalated> Of(
        ActionItem action,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions
    )
    {
        var inRoster = members.Where(m => m.InRoster).ToList();
        var chairs = inRoster.Where(m => m.IsChair).Select(m => new Escalated(m)).ToList();
        var deputies = action
            .Responsible.Select(person =>
                Institution.Of(institutions, person) is { Deputy: { } deputy } institution
                && institution.Representatives.Contains(person)
                && inRoster.FirstOrDefault(m => m.AadObjectId == deputy) is { IsChair: false } member
                && !action.IsResponsible(deputy)
                    ? new Escalated(member, institution, inRoster.FirstOrDefault(m => m.AadObjectId == person))
                    : null
            )
            .OfType<Escalated>()
            .DistinctBy(e => e.Member.AadObjectId);
        return [.. chairs, .. deputies];
    }
}
