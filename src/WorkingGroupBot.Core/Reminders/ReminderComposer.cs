using WorkingGroupBot.Cards;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Decides, on the current state of the group and the action, whether a due reminder is still wanted, and if so builds
/// its card and its successor. A reminder that is no longer wanted yields null and is dropped.
/// </summary>
public sealed class ReminderComposer(IGroupStore groups, IPlanStore plans, IMemberStore members, IPersonStore people, IGroupSettingsStore settings, IReminderStore reminders, IMeetingStore meetings, MeetingAgendas agendas, TimeProvider clock)
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
        if (reminder.Kind == ReminderKind.MeetingNotice)
        {
            return await MeetingNoticeAsync(group, roster, reminder, now, cancellationToken);
        }

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
            ? Delivery.InChain(group, person, wanted, reminder, now, () => ReminderCard.Build(texts, view))
            : null;
    }

    private async Task<Delivery?> MeetingNoticeAsync(Group group, IReadOnlyList<Member> roster, Reminder notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var series = await meetings.FindSeriesAsync(group.Key, notice.Meeting, cancellationToken);
        if (series is null || notice.Occurrence is not { } date || !NoticeSchedule.Wants(series, notice) || MeetingCalendar.Find(series, date) is not { } meeting)
        {
            return null;
        }

        if (meeting.Start <= now)
        {
            // Too late for this meeting (the bot was down): go on with the notices of the meetings to come.
            return new Delivery(group, null, null, ReminderSchedule.Head(NoticeSchedule.For(series, now), now, catchUp: true));
        }

        var agenda = await agendas.BuildAsync(group.Key, series, meeting, cancellationToken);
        var record = await meetings.FindRecordAsync(group.Key, series.Id, date, cancellationToken);
        var texts = Texts.Texts.For(Language.Latvian);
        return Delivery.InChain(group, null, NoticeSchedule.For(series, notice.DueAt), notice, now, () => MeetingNoticeCard.Build(texts, group, meeting, agenda, record, roster));
    }

    private Delivery? Digest(Group group, GroupSettings groupSettings, IReadOnlyList<Member> roster, Reminder reminder, DateTimeOffset now, IReadOnlyList<ActionItem> actions)
    {
        var policy = groupSettings.Policy;
        if (!ReminderSchedule.Wants(ReminderSchedule.Digests(policy, reminder.TimeZone, reminder.DueAt.AddDays(-1)), reminder))
        {
            return null;
        }

        var digest = Reminders.Digest.Build(actions, roster, clock.Today(group.TimeZone), groupSettings.LastDigestAt);
        var wanted = ReminderSchedule.Digests(policy, reminder.TimeZone, reminder.DueAt.AddDays(-1));
        return Delivery.InChain(group, null, wanted, reminder, now, () => DigestCard.Build(Texts.Texts.For(Language.Latvian), group, digest, roster));
    }
}
