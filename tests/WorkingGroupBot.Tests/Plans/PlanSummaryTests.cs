using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Tests.Plans;

public sealed class PlanSummaryTests
{
    [Fact]
    public void Areas_count_actions_by_status_and_overdue_only_for_unfinished_ones()
    {
        var actions = new[]
        {
            Build.Action(1, ActionStatus.Open, dueInDays: -1),
            Build.Action(2, ActionStatus.Done, dueInDays: -5),
            Build.Action(3, ActionStatus.Blocked, dueInDays: -2),
            Build.Action(4, ActionStatus.InProgress, dueInDays: 0),
            Build.Action(5, ActionStatus.Open, dueInDays: 3, area: "a2"),
        };

        var summary = PlanSummary.Build(Build.Plan("a1", "a2"), actions, [Build.Member("janis")], Build.Today, []);

        var a1 = summary.Areas[0];
        Assert.Equal(2, a1.Overdue);
        Assert.Equal(1, a1.ByStatus[ActionStatus.Open]);
        Assert.Equal(1, a1.ByStatus[ActionStatus.Done]);
        Assert.Equal(1, a1.ByStatus[ActionStatus.Blocked]);
        Assert.Equal(1, a1.ByStatus[ActionStatus.InProgress]);
        Assert.Equal(0, summary.Areas[1].Overdue);
    }

    [Fact]
    public void Who_does_what_lists_everyone_in_the_roster_nearest_deadline_first()
    {
        var actions = new[]
        {
            Build.Action(1, dueInDays: 9, responsible: "janis"),
            Build.Action(2, dueInDays: 2, responsible: ["janis", "liga"]),
            Build.Action(3, ActionStatus.Done, dueInDays: 1, responsible: "peteris"),
            Build.Action(4, dueInDays: 4, responsible: "gone"),
        };
        var members = new[] { Build.Member("janis"), Build.Member("liga"), Build.Member("peteris"), Build.Member("gone", inRoster: false) };

        var summary = PlanSummary.Build(Build.Plan("a1"), actions, members, Build.Today, []);

        Assert.Equal(["janis", "liga", "peteris"], summary.WhoDoesWhat.Select(l => l.Member.AadObjectId));
        Assert.Equal([2, 1, 0], summary.WhoDoesWhat.Select(l => l.Open));
        Assert.Equal(2, summary.WhoDoesWhat[0].Nearest!.Number);
        Assert.Null(summary.WhoDoesWhat[2].Nearest);
        Assert.Equal([4], summary.NoOneResponsible.Select(a => a.Number));
    }

    [Fact]
    public void A_retired_area_stays_in_the_summary_while_it_has_actions()
    {
        var plan = new Plan([new Area { Id = "old", Name = "Old", Retired = true, Order = 0 }, new Area { Id = "empty", Name = "Empty", Retired = true, Order = 1 }]);

        var summary = PlanSummary.Build(plan, [Build.Action(area: "old")], [], Build.Today, []);

        Assert.Equal(["old"], summary.Areas.Select(a => a.Area.Id));
    }

    [Fact]
    public void Behind_lists_members_with_overdue_actions_longest_late_first_and_what_no_one_is_responsible_for()
    {
        var actions = new[]
        {
            Build.Action(1, dueInDays: -2, responsible: "janis"),
            Build.Action(2, ActionStatus.InProgress, dueInDays: -9, responsible: ["janis", "liga"]),
            Build.Action(3, dueInDays: -12, responsible: "liga"),
            Build.Action(4, ActionStatus.Done, dueInDays: -30, responsible: "peteris"),
            Build.Action(5, dueInDays: 4, responsible: "gone"),
            Build.Action(6, dueInDays: -1, responsible: "gone"),
        };
        var members = new[] { Build.Member("janis"), Build.Member("liga"), Build.Member("peteris"), Build.Member("gone", inRoster: false) };

        var summary = PlanSummary.Build(Build.Plan("a1"), actions, members, Build.Today, []);

        Assert.Equal([("liga", 2, 12), ("janis", 2, 9)], summary.Behind.Select(b => (b.Member.AadObjectId, b.Overdue, b.OldestDays)));
        Assert.Equal([6, 5], summary.NoOneResponsible.Select(a => a.Number));
    }
}
