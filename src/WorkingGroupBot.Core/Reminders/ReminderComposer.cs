using WorkingGroupBot.Delivery;
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
        var (key, reminder, now) = (due.Group, due.Reminder, clock.GetUtcNow());
        // What the reminder needs is read all at once, not one row after another.
        var group = groups.FindAsync(key, cancellationToken);
        var roster = members.ListAsync(key, cancellationToken);
        switch (reminder.Kind)
        {
            case ReminderKind.MeetingNotice:
                await Task.WhenAll(group, roster);
                return await group is { Active: true } g ? await MeetingNoticeAsync(g, await roster, reminder, now, cancellationToken) : null;
            case ReminderKind.Digest:
                var digestSettings = settings.GetAsync(key, cancellationToken);
                var actions = plans.ListActionsAsync(key, cancellationToken);
                await Task.WhenAll(group, roster, digestSettings, actions);
                return await group is { Active: true } active ? Digest(active, await digestSettings, await roster, reminder, now, await actions) : null;
            default:
                return await ForActionAsync(group, roster, key, reminder, now, cancellationToken);
        }
    }

    private async Task<Delivery?> ForActionAsync(Task<Group?> groupRead, Task<IReadOnlyList<Member>> rosterRead, GroupKey key, Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settingsRead = settings.GetAsync(key, cancellationToken);
        var actionRead = plans.FindActionAsync(key, reminder.Action, cancellationToken);
        var planRead = plans.FindPlanAsync(key, cancellationToken);
        var personRead = people.FindAsync(key.TenantId, reminder.Person, cancellationToken);
        var snoozeRead = reminder.Kind == ReminderKind.TellChair ? Task.FromResult<Snooze?>(null) : reminders.FindSnoozeAsync(key, reminder.Action, reminder.Person, cancellationToken);
        await Task.WhenAll(groupRead, rosterRead, settingsRead, actionRead, planRead, personRead, snoozeRead);

        var (group, roster, action) = (await groupRead, await rosterRead, await actionRead);
        var member = roster.FirstOrDefault(m => m.AadObjectId == reminder.Person && m.InRoster);
        if (group is not { Active: true } || action is null || member is null)
        {
            return null;
        }

        var policy = (await settingsRead).Policy;
        var person = await personRead;
        var to = new Recipient(member, person);
        var texts = Texts.Texts.For(person?.Language ?? Language.Latvian);
        var view = new ActionView(group, action, await planRead ?? new Plan([]), roster, member, clock.Today(reminder.TimeZone));
        if (reminder.Kind == ReminderKind.TellChair)
        {
            return member.IsChair && ReminderSchedule.Wants(ReminderSchedule.ForChair(action, member.AadObjectId, policy, reminder.TimeZone), reminder)
                ? new Delivery(group, to, TellChairCard.Build(texts, view), Next: null)
                : null;
        }

        var wanted = ReminderSchedule.ForMember(action, member.AadObjectId, policy, reminder.TimeZone, await snoozeRead);
        return ReminderSchedule.Wants(wanted, reminder)
            ? Delivery.InChain(group, to, wanted, reminder, now, () => ReminderCard.Build(texts, view))
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
        return Delivery.InChain(group, null, NoticeSchedule.For(series, notice.DueAt), notice, now, () => MeetingNoticeCard.Build(Texts.Texts.For(group.Language), group, meeting, agenda, record, roster));
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
        return Delivery.InChain(group, null, wanted, reminder, now, () => DigestCard.Build(Texts.Texts.For(group.Language), group, digest, roster));
    }
}
