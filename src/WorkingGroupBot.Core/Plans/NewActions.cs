using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Plans;

/// <summary>The one way an action comes into the plan (from the form or from a meeting's decision): stored, logged, reminded.</summary>
public sealed class NewActions(IPlanStore plans, ReminderPlanner planner, TimeProvider clock)
{
    /// <param name="draft">Already validated.</param>
    public async Task<(ActionItem Action, LogEntry Log)> CreateAsync(GroupContext context, Caller caller, ActionDraft draft, CancellationToken cancellationToken)
    {
        var group = context.Group;
        var log = new LogEntry { Kind = LogKind.Created, AuthorId = caller.AadObjectId, AuthorName = caller.Name, At = clock.GetUtcNow() };
        var reminders = planner.Change(group, context.Members, cancellationToken);
        var action = await plans.CreateActionAsync(group.Key, context.Plan, number => draft.ToAction(number, caller.AadObjectId, log.At), log, reminders.BeforeCommitAsync, cancellationToken);
        await reminders.AfterCommitAsync(action);
        return (action, log);
    }
}
