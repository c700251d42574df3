using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Who may do what to an action. Chairs create, edit, assign, cancel and reopen; responsible members move their own
/// actions along and write notes on them. Each check returns why not, or null when allowed.
/// </summary>
public static class ActionPolicy
{
    public static TextKey? CanAddNote(Member member, ActionItem action) =>
        member.IsChair || action.IsResponsible(member.AadObjectId) ? null : TextKey.RefusedNotYourAction;

    public static TextKey? CanChangeStatus(Member member, ActionItem action, ActionStatus to)
    {
        if (!member.IsChair && !action.IsResponsible(member.AadObjectId))
        {
            return TextKey.RefusedNotYourAction;
        }

        if (action.Status == to)
        {
            return TextKey.RefusedAlreadyInStatus;
        }

        var chairOnly = to == ActionStatus.Cancelled || action.Status.IsClosed();
        return chairOnly && !member.IsChair ? TextKey.RefusedChairsOnly : null;
    }
}
