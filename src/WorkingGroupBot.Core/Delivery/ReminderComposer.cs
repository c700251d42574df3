using WorkingGroupBot.Groups;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// Decides, on the state of the group as the sweep pass read it, whether a due reminder is still wanted, and if so
/// builds its card and its successor with the composer of its subject. A reminder no longer wanted yields null.
/// </summary>
public sealed class ReminderComposer(
    IGroupStore groups,
    IPlanStore plans,
    IPersonStore people,
    ActionReminderComposer actions,
    MeetingNoticeComposer notices,
    DigestComposer digests,
    TimeProvider clock
)
{
    /// <summary>The reads of one sweep pass, shared by the reminders it composes.</summary>
    public SweepReads NewPass(CancellationToken cancellationToken) => new(groups, plans, people, cancellationToken);

    public async Task<Outgoing?> ComposeAsync(DueReminder due, SweepReads reads, CancellationToken cancellationToken)
    {
        var (reminder, now) = (due.Reminder, clock.GetUtcNow());
        var (group, read) = await reads.GroupAsync(due.Group);
        if (group is not { Active: true })
        {
            return null;
        }

        return reminder.Subject switch
        {
            ReminderSubject.Action => await actions.ComposeAsync(group, read, reads, reminder, now),
            ReminderSubject.MeetingNotice => await notices.ComposeAsync(group, read, reminder, now, cancellationToken),
            ReminderSubject.Digest => digests.Compose(group, read, reminder, now),
            _ => null,
        };
    }
}
