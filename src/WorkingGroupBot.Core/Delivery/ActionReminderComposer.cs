using WorkingGroupBot.Cards;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>A reminder about an action, to one of its responsible members (or, long overdue, to the chairs and the
/// representative's deputy; while the member is away, to whoever covers).</summary>
public sealed class ActionReminderComposer(LatvianCalendar calendar, TimeProvider clock)
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
        var today = clock.Today(reminder.TimeZone);
        var view = new ActionView(group, action, read.Plan ?? new Plan([]), read.Members, member, today);
        var policy = read.Settings.Policy;
        if (reminder.Kind == ReminderKind.TellChair)
        {
            // Chairs and the representatives' deputies are told, each by their own reminder, each with why; one who
            // is away is not (the others are).
            if (
                Escalation
                    .Of(action, read.Members, read.Institutions)
                    .FirstOrDefault(e => e.Member.AadObjectId == member.AadObjectId)
                    is not { } escalated
                || member.IsAwayOn(today)
            )
            {
                return null;
            }

            if (
                ReminderSchedule.Wants(
                    ReminderSchedule.ForChair(action, member.AadObjectId, policy, calendar, reminder.TimeZone),
                    reminder
                )
            )
            {
                return new Outgoing(group, to, TellChairCard.Build(texts, view, Why(texts, escalated)), Next: null);
            }

            // Planned for this deadline under another count of days (calendar days before they were working days, or
            // before days off were configured): it moves to when it is wanted now, if that is still to come. A new
            // policy plans that same reminder, so the chairs are never told twice.
            return reminder.Deadline == action.Deadline
                ? new Outgoing(
                    group,
                    to,
                    Card: null,
                    ReminderSchedule.Next(
                        ReminderSchedule.ForChair(action, member.AadObjectId, policy, calendar, group.TimeZone),
                        now
                    )
                )
                : null;
        }

        var snooze = read.Snoozes.GetValueOrDefault((action.Number, member.AadObjectId));
        var wanted = ReminderSchedule.ForMember(
            action,
            member.AadObjectId,
            policy,
            calendar,
            reminder.TimeZone,
            snooze
        );
        if (!ReminderSchedule.Wants(wanted, reminder))
        {
            return null;
        }

        if (!member.IsAwayOn(today))
        {
            return Outgoing.InChain(group, to, wanted, reminder, now, () => ReminderCard.Build(texts, view));
        }

        // Away: the reminder goes to whoever covers (their deputy, or a chair), saying for whom; with no one to cover
        // it is not sent. The chain goes on either way, so the member gets the next one after their last day away,
        // not the ones missed.
        if (Cover.For(read.Members, read.Institutions, member, today) is not { } cover)
        {
            return Outgoing.InChain(group, to, wanted, reminder, now, () => null);
        }

        var coverPerson = await reads.PersonAsync(group.Key.TenantId, cover.AadObjectId);
        var coverTexts = TextSet.For(coverPerson?.Language ?? Language.Latvian);
        var onBehalf = new Notice(
            coverTexts.Format(TextKey.ReminderOnBehalf, member.Name, Formats.Date(coverTexts, member.Away!.To)),
            IsProblem: false
        );
        return Outgoing.InChain(group, new Recipient(cover, coverPerson), wanted, reminder, now, () =>
            ReminderCard.Build(coverTexts, view with { Viewer = cover }, onBehalf)
        );
    }

    private static string Why(TextSet texts, Escalated escalated) =>
        escalated.DeputyOf is { } institution
            ? texts.Format(
                TextKey.TellChairWhyDeputy,
                institution.DisplayName(texts),
                escalated.Representative?.Name ?? "?"
            )
            : texts[TextKey.TellChairWhyChair];
}
