using WorkingGroupBot.Cards;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Decides, on the current state of the group and the action, whether a due reminder is still wanted, and if so builds
/// its card and its successor. A reminder that is no longer wanted yields null and is dropped.
/// </summary>
public sealed class ReminderComposer(IGroupStore groups, IPlanStore plans, IMemberStore members, IPersonStore people, IGroupSettingsStore settings, IReminderStore reminders, TimeProvider clock)
{
    public async Task<Delivery?> ComposeAsync(DueReminder due, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(due.Group, cancellationToken) is not { Active: true } group)
        {
            return null;
        }

        var groupSettings = await settings.GetAsync(group.Key, cancellationToken);
        var roster = await members.ListAsync(group.Key, cancellationToken);
        var reminder = due.Reminder;
        var now = clock.GetUtcNow();
        if (reminder.Kind == ReminderKind.Digest)
        {
            return Digest(group, groupSettings, roster, reminder, now, await plans.ListActionsAsync(group.Key, cancellationToken));
        }

        var action = await plans.FindActionAsync(group.Key, reminder.Action, cancellationToken);
        var person = roster.FirstOrDefault(m => m.AadObjectId == reminder.Person && m.InRoster);
        if (action is null || person is null)
        {
            return null;
        }

        var policy = groupSettings.Policy;
        var plan = await plans.FindPlanAsync(group.Key, cancellationToken) ?? new Plan([]);
        var texts = Texts.Texts.For((await people.FindAsync(group.Key.TenantId, person.AadObjectId, cancellationToken))?.Language ?? Language.Latvian);
        var view = new ActionView(group, action, plan, roster, person, clock.Today(reminder.TimeZone));
        if (reminder.Kind == ReminderKind.TellChair)
        {
            return person.IsChair && ReminderSchedule.Wants(ReminderSchedule.ForChair(action, person.AadObjectId, policy, reminder.TimeZone), reminder)
                ? new Delivery(group, person, TellChairCard.Build(texts, view), Next: null)
                : null;
        }

        var snooze = await reminders.FindSnoozeAsync(group.Key, action.Number, person.AadObjectId, cancellationToken);
        var wanted = ReminderSchedule.ForMember(action, person.AadObjectId, policy, reminder.TimeZone, snooze);
        return ReminderSchedule.Wants(wanted, reminder)
            ? new Delivery(group, person, ReminderCard.Build(texts, view), ReminderSchedule.Next(wanted, now))
            : null;
    }

    private Delivery? Digest(Group group, GroupSettings groupSettings, IReadOnlyList<Member> roster, Reminder reminder, DateTimeOffset now, IReadOnlyList<ActionItem> actions)
    {
        var policy = groupSettings.Policy;
        if (!ReminderSchedule.Wants(ReminderSchedule.Digests(policy, reminder.TimeZone, reminder.DueAt.AddDays(-1)), reminder))
        {
            return null;
        }

        var digest = Reminders.Digest.Build(actions, roster, clock.Today(group.TimeZone), groupSettings.LastDigestAt);
        var card = DigestCard.Build(Texts.Texts.For(Language.Latvian), group, digest, roster);
        return new Delivery(group, null, card, ReminderSchedule.Next(ReminderSchedule.Digests(policy, group.TimeZone, now), now));
    }
}
