using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Exports;

/// <summary>What an export holds: the group's plan with every action, in area order.</summary>
public sealed record PlanReport(
    Group Group,
    Plan Plan,
    IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<Member> Members,
    DateTimeOffset GeneratedAt
)
{
    public string NameOf(string aadObjectId) => Members.FirstOrDefault(m => m.AadObjectId == aadObjectId)?.Name ?? "?";

    public IEnumerable<(Area Area, IReadOnlyList<ActionItem> Actions)> ByArea =>
        Plan
            .Areas.Select(a =>
                (a, (IReadOnlyList<ActionItem>)Actions.Where(x => x.AreaId == a.Id).OrderBy(x => x.Number).ToList())
            )
            .Where(x => !x.a.Retired || x.Item2.Count > 0);
}
