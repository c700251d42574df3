using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// Builds a meeting's agenda from the plan as it is now, with what the previous meeting's minutes left open (their
/// latest revision, approved or not), its decisions, and the points chairs added to this meeting.
/// </summary>
public sealed class MeetingAgendas(IMeetingStore meetings, IMinutesStore minutes)
{
    /// <summary>The meeting a card names (its series and original date), while it is still in its series.</summary>
    public async Task<(MeetingSeries Series, Meeting Meeting)?> FindAsync(
        GroupContext context,
        CancellationToken cancellationToken
    )
    {
        var input = context.Request.Input;
        var series = await meetings.FindSeriesAsync(context.Group.Key, input.Text(CardData.Series), cancellationToken);
        var date = input.Date(CardData.Occurrence);
        return series is not null && date is not null && MeetingCalendar.Find(series, date.Value) is { } meeting
            ? (series, meeting)
            : null;
    }

    /// <summary>The agenda from the plan and actions the turn read, with the meeting's record it was built from.</summary>
    public Task<(Agenda Agenda, MeetingRecord Record)> BuildAsync(
        GroupContext context,
        MeetingSeries series,
        Meeting meeting,
        CancellationToken cancellationToken
    ) => BuildAsync(context.Group.Key, context.Plan, context.Read.Actions, series, meeting, cancellationToken);

    /// <summary>The agenda from a plan and actions the caller has read already: only the meeting's record and the
    /// previous meeting's record and minutes are read, side by side. The meeting's record (its attendance answers) comes
    /// back with it, so a caller showing the notice reads it no more.</summary>
    public async Task<(Agenda Agenda, MeetingRecord Record)> BuildAsync(
        GroupKey group,
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        MeetingSeries series,
        Meeting meeting,
        CancellationToken cancellationToken
    )
    {
        var previous = Previous(series, meeting);
        var record = meetings.FindRecordAsync(group, series.Id, meeting.OriginalDate, cancellationToken);
        var previousRecord = previous is null
            ? Task.FromResult(MeetingRecord.Empty)
            : meetings.FindRecordAsync(group, series.Id, previous.OriginalDate, cancellationToken);
        var previousMinutes = previous is null
            ? Task.FromResult<Minutes?>(null)
            : minutes.FindAsync(group, series.Id, previous.OriginalDate, cancellationToken);
        await Task.WhenAll(record, previousRecord, previousMinutes);
        return (
            Build(plan, actions, series, meeting, previous, await previousRecord, await previousMinutes, await record),
            await record
        );
    }

    /// <summary>The agenda from what one read of the group's partition holds: its plan, actions, meeting records and
    /// minutes (the dashboard).</summary>
    public static Agenda Build(PlanRead read, Plan plan, MeetingSeries series, Meeting meeting)
    {
        var previous = Previous(series, meeting);
        MeetingRecord RecordOf(Meeting? m) =>
            m is null
                ? MeetingRecord.Empty
                : read.Records.GetValueOrDefault((series.Id, m.OriginalDate)) ?? MeetingRecord.Empty;
        return Build(
            plan,
            read.Actions,
            series,
            meeting,
            previous,
            RecordOf(previous),
            previous is null
                ? null
                : read.Minutes.LastOrDefault(m => m.SeriesId == series.Id && m.OriginalDate == previous.OriginalDate),
            RecordOf(meeting)
        );
    }

    private static Meeting? Previous(MeetingSeries series, Meeting meeting) =>
        MeetingCalendar.Between(series, meeting.Start.AddYears(-1), meeting.Start).LastOrDefault();

    private static Agenda Build(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        MeetingSeries series,
        Meeting meeting,
        Meeting? previous,
        MeetingRecord previousRecord,
        Minutes? previousMinutes,
        MeetingRecord record
    )
    {
        var next = MeetingCalendar
            .Between(series, meeting.Start.AddMinutes(1), meeting.Start.AddYears(1))
            .FirstOrDefault();
        var zone = GroupClock.Zone(series.TimeZone);
        return Agenda.Build(
            plan,
            actions,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.Start, zone).DateTime),
            next is null ? null : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(next.Start, zone).DateTime),
            previous?.Start,
            previousRecord.Decisions,
            previousMinutes,
            record.Points
        );
    }
}
