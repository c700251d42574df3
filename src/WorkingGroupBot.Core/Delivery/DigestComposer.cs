using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>The weekly digest of the plan, to the group's channel.</summary>
public sealed class DigestComposer(TimeProvider clock)
{
    public Outgoing? Compose(Group group, PlanRead read, Reminder reminder, DateTimeOffset now)
    {
        var wanted = ReminderSchedule.Digests(read.Settings.Policy, reminder.TimeZone, reminder.DueAt.AddDays(-1));
        if (!ReminderSchedule.Wants(wanted, reminder))
        {
            return null;
        }

        var digest = Digest.Build(
            read.Actions,
            read.Members,
            clock.Today(group.TimeZone),
            read.Settings.LastDigestAt,
            read.Institutions
        );
        return Outgoing.InChain(group, null, wanted, reminder, now, () =>
            DigestCard.Build(TextSet.For(group.Language), group, digest, read.Members)
        );
    }
}
