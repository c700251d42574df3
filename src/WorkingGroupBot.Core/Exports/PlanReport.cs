using WorkingGroupBot.Cards;
using WorkingGroupBot.Dashboard;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Exports;

/// <summary>What an export holds: the group's plan with every action, in area order, and its meetings'
/// decisions.</summary>
/// <param name="Today">The group's date when the report was made.</param>
public sealed record PlanReport(
    Group Group,
    Plan Plan,
    IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<Member> Members,
    DateTimeOffset GeneratedAt,
    DateOnly Today
)
{
    /// <summary>The period the report's summary looks back on.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromDays(90);

    // The report does not show institutions or who is away.
    public PlanPicture Picture { get; } = PlanPicture.Of(Plan, Actions, Members, institutions: [], Today);

    /// <summary>The meeting series, with the records of their meetings (for the decisions).</summary>
    public IReadOnlyList<MeetingSeries> Series { get; init; } = [];

    public IReadOnlyDictionary<(string Series, DateOnly Date), MeetingRecord> Records { get; init; } =
        new Dictionary<(string Series, DateOnly Date), MeetingRecord>();

    public DateTimeOffset PeriodStart => GeneratedAt - Period;

    /// <summary>The decisions of the last <paramref name="meetings"/> meetings that took any, newest first.</summary>
    public IReadOnlyList<(MeetingSeries Series, DateOnly Date, IReadOnlyList<Decision> Decisions)> LastDecisions(
        int meetings
    ) =>
        Records
            .Where(r => r.Value.Decisions.Count > 0)
            .Select(r => (Series: Series.FirstOrDefault(s => s.Id == r.Key.Series), r.Key.Date, r.Value.Decisions))
            .Where(r => r.Series is not null)
            .OrderByDescending(r => r.Date)
            .Take(meetings)
            .Select(r => (r.Series!, r.Date, r.Decisions))
            .ToList();

    public string NameOf(string aadObjectId) => Formats.NameOf(Members, aadObjectId);

    public IEnumerable<(Area Area, IReadOnlyList<ActionItem> Actions)> ByArea =>
        Plan
            .Areas.Select(a =>
                (a, (IReadOnlyList<ActionItem>)Actions.Where(x => x.AreaId == a.Id).OrderBy(x => x.Number).ToList())
            )
            .Where(x => !x.a.Retired || x.Item2.Count > 0);
}
