using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The one way an action changes: decide on the action as stored, promise to plan its reminders if the change moves
/// them, commit on the condition that nobody changed the action since, then plan them. A conflict is another writer's
/// success: the change is decided again on the action as stored then, within the budget of <see cref="Contention"/>.
/// </summary>
public sealed class ActionChanges(IPlanStore plans, ReminderPlanner planner)
{
    /// <param name="read">The action as this turn read it.</param>
    /// <param name="decide">The change applied to the action as stored, or refused; runs again after a conflict.
    /// </param>
    /// <param name="submission">The note form's instance (<see cref="Submissions"/>): a second submission answers as
    /// the first and changes nothing.</param>
    /// <returns>Applied: the action as committed, with its log line. Refused: why, with the action it was decided on.
    /// </returns>
    public async Task<ActionEdit> UpdateAsync(
        GroupContext context,
        ActionItem read,
        Func<ActionItem, ActionEdit> decide,
        string? submission,
        CancellationToken cancellationToken
    )
    {
        var reminders = planner.Change(context.Group, context.Read, cancellationToken);
        var contention = new Contention();
        var stored = read;
        while (true)
        {
            var decision = decide(stored);
            if (decision is ActionEdit.Refused refused)
            {
                await reminders.AbandonAsync();
                return refused with { Action = stored };
            }

            var decided = (ActionEdit.Applied)decision;
            var next = decided.Action with { Number = stored.Number, Revision = stored.Revision + 1 };
            await reminders.BeforeCommitAsync(stored, next);
            switch (await plans.ChangeActionAsync(context.Group.Key, next, decided.Log, submission, cancellationToken))
            {
                case ChangeCommit.Applied:
                    await reminders.AfterCommitAsync(next);
                    return new ActionEdit.Applied(next, decided.Log);
                case ChangeCommit.Conflict { Stored: { } now }:
                    stored = now;
                    await contention.BackOffAsync(cancellationToken);
                    break;
                case ChangeCommit.Replayed { Stored: { } now } replayed:
                    // The first submission planned the reminders of its change; a promise this one made is not needed.
                    await reminders.AbandonAsync();
                    return new ActionEdit.Applied(now, replayed.Line) { LogRevision = replayed.Revision };
                default:
                    await reminders.AbandonAsync();
                    return ActionEdit.Refuse(TextKey.ActionNotFound);
            }
        }
    }
}
