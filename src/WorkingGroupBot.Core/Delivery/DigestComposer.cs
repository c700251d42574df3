using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>The weekly digest of the plan, to the group's channel.</summary>
public sealed class DigestComposer(LatvianCalendar calendar, TimeProvider clock)
{
    public Outgoing? Compose(Group group, PlanRead read, Reminder reminder, DateTimeOffset now)
    {
        var policy = read.Settings.Policy;
        var wanted = ReminderSchedule.Digests(policy, calendar, reminder.TimeZone, reminder.DueAt.AddDays(-1));
        if (!ReminderSchedule.Wants(wanted, reminder))
        {
            // Planned under another policy, or on a day that is no longer a working day (planned before digests moved
            // off holidays, or before days off were configured): the chain goes on from the next digest wanted now. A
            // new policy plans that same reminder, so there is never a second chain.
            return new Outgoing(
                group,
                To: null,
                Card: null,
                ReminderSchedule.Next(ReminderSchedule.Digests(policy, calendar, group.TimeZone, now), now)
            );
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
