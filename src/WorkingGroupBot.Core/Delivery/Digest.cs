using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>What the group's weekly digest says: due this week, overdue, blocked, done since the last digest,
/// unreachable, and who is away (with the chair who gets their reminders).</summary>
public sealed record Digest(
    IReadOnlyList<ActionItem> DueThisWeek,
    IReadOnlyList<ActionItem> Overdue,
    IReadOnlyList<ActionItem> Blocked,
    IReadOnlyList<ActionItem> DoneSince,
    IReadOnlyList<Member> Unreachable
)
{
    public IReadOnlyList<(Member Member, Member? Cover)> Away { get; init; } = [];

    public static Digest Build(
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<Member> members,
        DateOnly today,
        DateTimeOffset? lastDigest,
        IReadOnlyList<Institution> institutions
    )
    {
        var open = actions.Where(a => !a.Status.IsClosed()).OrderBy(a => a.Deadline).ThenBy(a => a.Number).ToList();
        return new Digest(
            open.Where(a => a.Deadline >= today && a.Deadline < today.AddDays(7)).ToList(),
            open.Where(a => a.IsOverdue(today)).ToList(),
            open.Where(a => a.Status == ActionStatus.Blocked).ToList(),
            actions
                .Where(a => a.Status == ActionStatus.Done && (lastDigest is null || a.StatusChangedAt > lastDigest))
                .OrderBy(a => a.Number)
                .ToList(),
            members.Where(m => m.InRoster && m.Unreachable).ToList()
        )
        {
            Away = members
                .Where(m => m.InRoster && m.IsAwayOn(today))
                .Select(m => (m, Cover.For(members, institutions, m, today)))
                .ToList(),
        };
    }
}
