using WorkingGroupBot.Cards;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Dashboard;

/// <summary>One person's row of "who does what": their unfinished actions per area, in the areas' order.</summary>
public sealed record MatrixRow(Member Member, IReadOnlyList<MatrixCell> Cells)
{
    public int Unfinished => Cells.Sum(c => c.Unfinished);
    public int Overdue => Cells.Sum(c => c.Overdue);
}

public sealed record MatrixCell(int Unfinished, int Overdue);

/// <summary>
/// The figures of a plan on one day, which the tab and the council report draw: progress per area, the deadlines
/// ahead and behind, who does what, who is behind, what has no one, each institution's part and who is away. Everything
/// is computed from one read.
/// </summary>
public sealed class PlanPicture
{
    /// <summary>How far ahead the deadline timeline looks.</summary>
    public const int HorizonDays = 90;

    /// <summary>The statuses in the order the charts stack them: finished work first.</summary>
    public static readonly IReadOnlyList<ActionStatus> StatusOrder =
    [
        ActionStatus.Done,
        ActionStatus.InProgress,
        ActionStatus.Open,
        ActionStatus.Blocked,
        ActionStatus.Cancelled,
    ];

    private PlanPicture(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions,
        DateOnly today
    )
    {
        // Per area, who is behind, what has no one, per institution and who is away: the plan card's summary, the same
        // figures.
        var summary = PlanSummary.Build(plan, actions, members, today, institutions);
        Today = today;
        Actions = actions;
        Members = members;
        Areas = summary.Areas;
        Behind = summary.Behind;
        NoOne = summary.NoOneResponsible;
        ByInstitution = summary.ByInstitution;
        Away = summary.Away;
        var unfinished = actions.Where(a => !a.Status.IsClosed()).ToList();
        Timeline = unfinished
            .Where(a => a.Deadline <= today.AddDays(HorizonDays))
            .OrderBy(a => a.Deadline)
            .ThenBy(a => a.Number)
            .ToList();
        Matrix = members
            .Where(m => m.InRoster)
            .Select(m => new MatrixRow(
                m,
                Areas
                    .Select(area =>
                    {
                        var theirs = unfinished.Where(a => a.AreaId == area.Area.Id && a.IsResponsible(m.AadObjectId));
                        return new MatrixCell(theirs.Count(), theirs.Count(a => a.IsOverdue(today)));
                    })
                    .ToList()
            ))
            .Where(r => r.Unfinished > 0)
            .OrderByDescending(r => r.Overdue)
            .ThenBy(r => r.Member.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public DateOnly Today { get; }
    public IReadOnlyList<ActionItem> Actions { get; }
    public IReadOnlyList<Member> Members { get; }
    public IReadOnlyList<AreaSummary> Areas { get; }

    /// <summary>Unfinished actions due within <see cref="HorizonDays"/>, the overdue ones included, by
    /// deadline.</summary>
    public IReadOnlyList<ActionItem> Timeline { get; }

    /// <summary>The people in the roster with unfinished actions, the most overdue first.</summary>
    public IReadOnlyList<MatrixRow> Matrix { get; }

    public IReadOnlyList<Behind> Behind { get; }

    /// <summary>Unfinished actions with no one responsible in the roster (e.g. their people left).</summary>
    public IReadOnlyList<ActionItem> NoOne { get; }

    /// <summary>Each institution's unfinished and overdue actions, in the order of the institutions given.</summary>
    public IReadOnlyList<(Institution Institution, int Unfinished, int Overdue)> ByInstitution { get; }

    /// <summary>Who is away today, with who gets their reminders (null when no one does).</summary>
    public IReadOnlyList<(Member Member, Member? Cover)> Away { get; }

    public int Overdue => Areas.Sum(a => a.Overdue);

    public int Count(ActionStatus status) => Areas.Sum(a => a.Count(status));

    public string NameOf(string aadObjectId) => Formats.NameOf(Members, aadObjectId);

    public static PlanPicture Of(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions,
        DateOnly today
    ) => new(plan, actions, members, institutions, today);

    /// <summary>Actions done since <paramref name="since"/> (by when their status last changed).</summary>
    public IReadOnlyList<ActionItem> DoneSince(DateTimeOffset since) =>
        Actions.Where(a => a.Status == ActionStatus.Done && a.StatusChangedAt >= since).OrderBy(a => a.Number).ToList();

    /// <summary>Areas with unfinished actions where no action changed status since <paramref name="since"/>.</summary>
    public IReadOnlyList<Area> StandingStill(DateTimeOffset since) =>
        Areas
            .Where(p =>
            {
                var inArea = Actions.Where(a => a.AreaId == p.Area.Id).ToList();
                return inArea.Any(a => !a.Status.IsClosed())
                    && !inArea.Any(a => a.StatusChangedAt >= since && a.Status != ActionStatus.Open);
            })
            .Select(p => p.Area)
            .ToList();
}
