using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Plans;

/// <summary>The one way an action comes into the plan (from the form or from a meeting's decision): stored, logged, reminded.</summary>
public sealed class NewActions(IPlanStore plans, IMeetingStore meetings, ReminderPlanner planner, TimeProvider clock)
{
    /// <param name="draft">Already validated.</param>
    /// <param name="submission">The form instance's id: a second submission returns the action the first created.</param>
    public async Task<(ActionItem Action, LogEntry Log)> CreateAsync(GroupContext context, Caller caller, ActionDraft draft, string? submission, CancellationToken cancellationToken)
    {
        var group = context.Group;
        var log = Created(caller);
        var reminders = planner.Change(group, context.Members, cancellationToken);
        var action = await plans.CreateActionAsync(group.Key, context.Plan, number => draft.ToAction(number, caller.AadObjectId, log.At), log, submission, reminders.BeforeCommitAsync, cancellationToken);
        await reminders.AfterCommitAsync(action);
        return (action, log);
    }

    /// <summary>Records a meeting's decisions, the first becoming an action when it has a draft; all or nothing.</summary>
    /// <param name="draft">The first decision's action, already validated; null when it asks for none.</param>
    public async Task<MeetingRecord> RecordDecisionsAsync(
        GroupContext context, Caller caller, Meeting meeting, IReadOnlyList<string> decisions, ActionDraft? draft, string? submission, CancellationToken cancellationToken)
    {
        var log = Created(caller);
        var reminders = planner.Change(context.Group, context.Members, cancellationToken);
        var create = draft is null ? null : new Func<int, ActionItem>(number => draft.ToAction(number, caller.AadObjectId, log.At));
        var (record, created) = await meetings.RecordDecisionsAsync(
            context.Group.Key, meeting.SeriesId, meeting.OriginalDate, context.Plan, new NewDecisions(decisions, create, log), submission, reminders.BeforeCommitAsync, cancellationToken);
        // No action of this turn's: none was asked for, or a first submission of the form stored it (and its reminders).
        await (created is null ? reminders.AbandonAsync() : reminders.AfterCommitAsync(created));

        return record;
    }

    private LogEntry Created(Caller caller) => new() { Kind = LogKind.Created, AuthorId = caller.AadObjectId, AuthorName = caller.Name, At = clock.GetUtcNow() };
}
