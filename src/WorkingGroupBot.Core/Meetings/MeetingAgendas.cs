using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Meetings;

/// <summary>Builds a meeting's agenda from the plan as it is now, with the previous meeting's decisions.</summary>
public sealed class MeetingAgendas(IMeetingStore meetings, IPlanStore plans)
{
    public async Task<Agenda> BuildAsync(
        GroupKey group,
        MeetingSeries series,
        Meeting meeting,
        CancellationToken cancellationToken
    )
    {
        var read = await plans.ReadAsync(group, new PlanReads(AllActions: true), cancellationToken);
        return await BuildAsync(group, read.Plan ?? new Plan([]), read.Actions, series, meeting, cancellationToken);
    }

    /// <summary>The agenda from a plan and actions the caller has read already: only the previous meeting's record is
    /// read.</summary>
    public async Task<Agenda> BuildAsync(
        GroupKey group,
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        MeetingSeries series,
        Meeting meeting,
        CancellationToken cancellationToken
    )
    {
        var previous = MeetingCalendar.Between(series, meeting.Start.AddYears(-1), meeting.Start).LastOrDefault();
        var next = MeetingCalendar
            .Between(series, meeting.Start.AddMinutes(1), meeting.Start.AddYears(1))
            .FirstOrDefault();
        var previousRecord = previous is null
            ? MeetingRecord.Empty
            : await meetings.FindRecordAsync(group, series.Id, previous.OriginalDate, cancellationToken);
        var zone = GroupClock.Zone(series.TimeZone);
        return Agenda.Build(
            plan,
            actions,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.Start, zone).DateTime),
            next is null ? null : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(next.Start, zone).DateTime),
            previous?.Start,
            previousRecord.Decisions
        );
    }
}
