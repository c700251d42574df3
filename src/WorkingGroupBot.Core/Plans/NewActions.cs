using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The one way an action comes into the plan (from the form or from a meeting's decision), in the shape of
/// <see cref="ActionChanges"/>: promise its reminders, commit it under the plan's next number, plan them. When another
/// action took the number first, the next number as stored then is tried.
/// </summary>
public sealed class NewActions(IPlanStore plans, IMeetingStore meetings, ReminderPlanner planner, TimeProvider clock)
{
    /// <param name="draft">Already validated.</param>
    /// <param name="submission">The form instance's id: a second submission returns the action the first created.
    /// </param>
    /// <returns>The action, its log line, and whether this call created it (false for a second submission).</returns>
    public async Task<(ActionItem Action, LogEntry Log, bool IsNew)> CreateAsync(
        GroupContext context,
        Caller caller,
        ActionDraft draft,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        var log = Created(caller);
        var reminders = planner.Change(context.Group, context.Read, cancellationToken);
        var contention = new Contention();
        // The turn's plan names the first number to try; after a conflict, the plan as stored then.
        var number = context.Plan.NextNumber;
        while (true)
        {
            var action = draft.ToAction(number, caller.AadObjectId, log.At) with { Revision = 1 };
            await reminders.BeforeCommitAsync(null, action);
            switch (await plans.AddActionAsync(context.Group.Key, action, log, submission, cancellationToken))
            {
                case NewActionCommit.Applied:
                    await reminders.AfterCommitAsync(action);
                    return (action, log, true);
                case NewActionCommit.Replayed replayed:
                    // The first submission planned its reminders.
                    await reminders.AbandonAsync();
                    return (replayed.Action, log, false);
                case NewActionCommit.Conflict conflict:
                    number = conflict.NextNumber;
                    await contention.BackOffAsync(cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Records a meeting's decisions, the first becoming an action when it has a draft: all or nothing.
    /// </summary>
    /// <param name="draft">The first decision's action, already validated; null when it asks for none.</param>
    /// <returns>The meeting's record, and the action this call created (none for a second submission).</returns>
    public async Task<(MeetingRecord Record, ActionItem? Created)> RecordDecisionsAsync(
        GroupContext context,
        Caller caller,
        Meeting meeting,
        IReadOnlyList<string> decisions,
        ActionDraft? draft,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        var log = Created(caller);
        var reminders = planner.Change(context.Group, context.Read, cancellationToken);
        var contention = new Contention();
        var number = context.Plan.NextNumber;
        while (true)
        {
            var action = draft is null
                ? null
                : draft.ToAction(number, caller.AadObjectId, log.At) with
                {
                    Revision = 1,
                };
            if (action is not null)
            {
                await reminders.BeforeCommitAsync(null, action);
            }

            var commit = await meetings.AddDecisionsAsync(
                context.Group.Key,
                meeting.SeriesId,
                meeting.OriginalDate,
                new NewDecisions(decisions, action, log),
                submission,
                cancellationToken
            );
            switch (commit)
            {
                case DecisionsCommit.Applied applied:
                    await (action is null ? reminders.AbandonAsync() : reminders.AfterCommitAsync(action));
                    return (applied.Record, action);
                case DecisionsCommit.Replayed replayed:
                    // The first submission stored the action and planned its reminders.
                    await reminders.AbandonAsync();
                    return (replayed.Record, null);
                case DecisionsCommit.Conflict conflict:
                    number = conflict.NextNumber;
                    await contention.BackOffAsync(cancellationToken);
                    break;
            }
        }
    }

    private LogEntry Created(Caller caller) =>
        new()
        {
            Kind = LogKind.Created,
            AuthorId = caller.AadObjectId,
            AuthorName = caller.Name,
            At = clock.GetUtcNow(),
        };
}
