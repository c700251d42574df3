using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Meetings;

/// <summary>Builds a meeting's agenda from the plan as it is now, with the previous meeting's decisions.</summary>
public sealed class MeetingAgendas(IMeetingStore meetings, IPlanStore plans)
{
    public async Task<Agenda> BuildAsync(GroupKey group, MeetingSeries series, Meeting meeting, CancellationToken cancellationToken)
    {
        var plan = plans.FindPlanAsync(group, cancellationToken);
        var actions = plans.ListActionsAsync(group, cancellationToken);
        var previous = MeetingCalendar.Between(series, meeting.Start.AddYears(-1), meeting.Start).LastOrDefault();
        var next = MeetingCalendar.Between(series, meeting.Start.AddMinutes(1), meeting.Start.AddYears(1)).FirstOrDefault();
        var previousRecord = previous is null ? MeetingRecord.Empty : await meetings.FindRecordAsync(group, series.Id, previous.OriginalDate, cancellationToken);
        var zone = GroupClock.Zone(series.TimeZone);
        return Agenda.Build(
            await plan ?? new Plan([]),
            await actions,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.Start, zone).DateTime),
            next is null ? null : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(next.Start, zone).DateTime),
            previous?.Start,
            previousRecord.Decisions);
    }
}
