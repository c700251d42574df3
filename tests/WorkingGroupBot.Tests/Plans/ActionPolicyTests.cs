using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Plans;

public sealed class ActionPolicyTests
{
    [Theory]
    [InlineData(ActionStatus.Open, ActionStatus.InProgress)]
    [InlineData(ActionStatus.Open, ActionStatus.Done)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Blocked)]
    [InlineData(ActionStatus.Blocked, ActionStatus.InProgress)]
    [InlineData(ActionStatus.Blocked, ActionStatus.Done)]
    public void A_responsible_member_moves_their_action_along(ActionStatus from, ActionStatus to) =>
        Assert.Null(ActionPolicy.CanChangeStatus(Build.Member("janis"), Build.Action(status: from), to));

    [Theory]
    [InlineData(ActionStatus.Open, ActionStatus.Cancelled)]
    [InlineData(ActionStatus.Done, ActionStatus.Open)]
    [InlineData(ActionStatus.Cancelled, ActionStatus.Open)]
    [InlineData(ActionStatus.Done, ActionStatus.InProgress)]
    public void Cancelling_and_reopening_are_for_chairs(ActionStatus from, ActionStatus to)
    {
        Assert.Equal(TextKey.RefusedChairsOnly, ActionPolicy.CanChangeStatus(Build.Member("janis"), Build.Action(status: from), to));
        Assert.Null(ActionPolicy.CanChangeStatus(Build.Chair("anna"), Build.Action(status: from), to));
    }

    [Fact]
    public void Nobody_else_changes_an_action_that_is_not_theirs()
    {
        var action = Build.Action(responsible: "janis");

        Assert.Equal(TextKey.RefusedNotYourAction, ActionPolicy.CanChangeStatus(Build.Member("liga"), action, ActionStatus.Done));
        Assert.Equal(TextKey.RefusedNotYourAction, ActionPolicy.CanAddNote(Build.Member("liga"), action));
        Assert.Null(ActionPolicy.CanAddNote(Build.Member("janis"), action));
        Assert.Null(ActionPolicy.CanAddNote(Build.Chair("anna"), action));
    }

    [Fact]
    public void Moving_to_the_same_status_is_refused() =>
        Assert.Equal(TextKey.RefusedAlreadyInStatus, ActionPolicy.CanChangeStatus(Build.Chair("anna"), Build.Action(), ActionStatus.Open));
}
