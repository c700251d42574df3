using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>A reminder about an action, to one of its responsible members (or, long overdue, to a chair).</summary>
public sealed class ActionReminderComposer(TimeProvider clock)
{
    public async Task<Outgoing?> ComposeAsync(
        Group group,
        PlanRead read,
        SweepReads reads,
        Reminder reminder,
        DateTimeOffset now
    )
    {
        var action = read.Actions.FirstOrDefault(a => a.Number == reminder.Action);
        var member = read.Members.FirstOrDefault(m => m.AadObjectId == reminder.Person && m.InRoster);
        if (action is null || member is null)
        {
            return null;
        }

        var person = await reads.PersonAsync(group.Key.TenantId, member.AadObjectId);
        var to = new Recipient(member, person);
        var texts = TextSet.For(person?.Language ?? Language.Latvian);
        var view = new ActionView(
            group,
            action,
            read.Plan ?? new Plan([]),
            read.Members,
            member,
            clock.Today(reminder.TimeZone)
        );
        var policy = read.Settings.Policy;
        if (reminder.Kind == ReminderKind.TellChair)
        {
            return
                member.IsChair
                && ReminderSchedule.Wants(
                    ReminderSchedule.ForChair(action, member.AadObjectId, policy, reminder.TimeZone),
                    reminder
                )
                ? new Outgoing(group, to, TellChairCard.Build(texts, view), Next: null)
                : null;
        }

        var snooze = read.Snoozes.GetValueOrDefault((action.Number, member.AadObjectId));
        var wanted = ReminderSchedule.ForMember(action, member.AadObjectId, policy, reminder.TimeZone, snooze);
        return ReminderSchedule.Wants(wanted, reminder)
            ? Outgoing.InChain(group, to, wanted, reminder, now, () => ReminderCard.Build(texts, view))
            : null;
    }
}
