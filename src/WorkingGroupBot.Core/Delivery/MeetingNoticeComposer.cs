using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>A coming meeting, with its agenda from the plan, to the group's channel.</summary>
public sealed class MeetingNoticeComposer(IMeetingStore meetings, MeetingAgendas agendas)
{
    public async Task<Outgoing?> ComposeAsync(
        Group group,
        PlanRead read,
        Reminder notice,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var series = await meetings.FindSeriesAsync(group.Key, notice.Meeting, cancellationToken);
        if (
            series is null
            || notice.Occurrence is not { } date
            || !NoticeSchedule.Wants(series, notice)
            || MeetingCalendar.Find(series, date) is not { } meeting
        )
        {
            return null;
        }

        if (meeting.Start <= now)
        {
            // Too late for this meeting (the bot was down): go on with the notices of the meetings to come.
            return new Outgoing(
                group,
                null,
                null,
                ReminderSchedule.Head(NoticeSchedule.For(series, now), now, catchUp: true)
            );
        }

        var (agenda, record) = await agendas.BuildAsync(
            group.Key,
            read.Plan ?? new Plan([]),
            read.Actions,
            series,
            meeting,
            cancellationToken
        );
        var texts = TextSet.For(group.Language);
        return Outgoing.InChain(group, null, NoticeSchedule.For(series, notice.DueAt), notice, now, () =>
            MeetingNoticeCard.Build(texts, group, meeting, agenda, record, read.Members)
        );
    }
}
