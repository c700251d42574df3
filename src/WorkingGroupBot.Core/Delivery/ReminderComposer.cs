using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// Decides, on the state of the group and the action as the sweep pass read it, whether a due reminder is still wanted,
/// and if so builds its card and its successor. A reminder that is no longer wanted yields null and is dropped.
/// </summary>
public sealed class ReminderComposer(IGroupStore groups, IPlanStore plans, IPersonStore people, IMeetingStore meetings, MeetingAgendas agendas, TimeProvider clock)
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

        return reminder.Kind switch
        {
            ReminderKind.MeetingNotice => await MeetingNoticeAsync(group, read, reminder, now, cancellationToken),
            ReminderKind.Digest => DigestOf(group, read, reminder, now),
            _ => await ForActionAsync(group, read, reads, reminder, now),
        };
    }

    private async Task<Outgoing?> ForActionAsync(Group group, PlanRead read, SweepReads reads, Reminder reminder, DateTimeOffset now)
    {
        var action = read.Actions.FirstOrDefault(a => a.Number == reminder.Action);
        var member = read.Members.FirstOrDefault(m => m.AadObjectId == reminder.Person && m.InRoster);
        if (action is null || member is null)
        {
            return null;
        }

        var person = await reads.PersonAsync(group.Key.TenantId, member.AadObjectId);
        var to = new Recipient(member, person);
        var texts = Texts.Texts.For(person?.Language ?? Language.Latvian);
        var view = new ActionView(group, action, read.Plan ?? new Plan([]), read.Members, member, clock.Today(reminder.TimeZone));
        var policy = read.Settings.Policy;
        if (reminder.Kind == ReminderKind.TellChair)
        {
            return member.IsChair && ReminderSchedule.Wants(ReminderSchedule.ForChair(action, member.AadObjectId, policy, reminder.TimeZone), reminder)
                ? new Outgoing(group, to, TellChairCard.Build(texts, view), Next: null)
                : null;
        }

        var snooze = read.Snoozes.GetValueOrDefault((action.Number, member.AadObjectId));
        var wanted = ReminderSchedule.ForMember(action, member.AadObjectId, policy, reminder.TimeZone, snooze);
        return ReminderSchedule.Wants(wanted, reminder)
            ? Outgoing.InChain(group, to, wanted, reminder, now, () => ReminderCard.Build(texts, view))
            : null;
    }

    private async Task<Outgoing?> MeetingNoticeAsync(Group group, PlanRead read, Reminder notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var series = await meetings.FindSeriesAsync(group.Key, notice.Meeting, cancellationToken);
        if (series is null || notice.Occurrence is not { } date || !NoticeSchedule.Wants(series, notice) || MeetingCalendar.Find(series, date) is not { } meeting)
        {
            return null;
        }

        if (meeting.Start <= now)
        {
            // Too late for this meeting (the bot was down): go on with the notices of the meetings to come.
            return new Outgoing(group, null, null, ReminderSchedule.Head(NoticeSchedule.For(series, now), now, catchUp: true));
        }

        var agenda = agendas.BuildAsync(group.Key, read.Plan ?? new Plan([]), read.Actions, series, meeting, cancellationToken);
        var record = meetings.FindRecordAsync(group.Key, series.Id, date, cancellationToken);
        await Task.WhenAll(agenda, record);
        return Outgoing.InChain(group, null, NoticeSchedule.For(series, notice.DueAt), notice, now, () => MeetingNoticeCard.Build(Texts.Texts.For(group.Language), group, meeting, agenda.Result, record.Result, read.Members));
    }

    private Outgoing? DigestOf(Group group, PlanRead read, Reminder reminder, DateTimeOffset now)
    {
        var wanted = ReminderSchedule.Digests(read.Settings.Policy, reminder.TimeZone, reminder.DueAt.AddDays(-1));
        if (!ReminderSchedule.Wants(wanted, reminder))
        {
            return null;
        }

        var digest = Digest.Build(read.Actions, read.Members, clock.Today(group.TimeZone), read.Settings.LastDigestAt);
        return Outgoing.InChain(group, null, wanted, reminder, now, () => DigestCard.Build(Texts.Texts.For(group.Language), group, digest, read.Members));
    }
}
