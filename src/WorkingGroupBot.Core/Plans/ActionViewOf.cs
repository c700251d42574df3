using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Plans;

public static class ActionViewOf
{
    /// <summary>An action as the caller sees it in this group today (its area, its people, whether they may
    /// act).</summary>
    public static ActionView View(this GroupContext context, ActionItem action) =>
        new(context.Group, action, context.Plan, context.Members, context.Member, context.Today)
        {
            ReaderZone = context.Request.Caller.TimeZone ?? context.Group.TimeZone,
            Institutions = context.Read.Institutions,
        };
}
