using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
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

    /// <summary>The agenda from the plan and actions the turn read.</summary>
    public Task<Agenda> BuildAsync(
        GroupContext context,
        MeetingSeries series,
        Meeting meeting,
        CancellationToken cancellationToken
    ) => BuildAsync(context.Group.Key, context.Plan, context.Read.Actions, series, meeting, cancellationToken);

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
        var previous = Previous(series, meeting);
        var previousRecord = previous is null
            ? MeetingRecord.Empty
            : await meetings.FindRecordAsync(group, series.Id, previous.OriginalDate, cancellationToken);
        return Build(plan, actions, series, meeting, previous, previousRecord);
    }

    /// <summary>The agenda from what one read of the group's partition holds: its plan, actions and meeting records
    /// (the dashboard).</summary>
    public static Agenda Build(
        Plan plan,
        IReadOnlyList<ActionItem> actions,
        MeetingSeries series,
        Meeting meeting,
        IReadOnlyDictionary<(string Series, DateOnly Date), MeetingRecord> records
    )
    {
        var previous = Previous(series, meeting);
        return Build(
            plan,
            actions,
            series,
            meeting,
            previous,
            previous is null
                ? MeetingRecord.Empty
                : records.GetValueOrDefault((series.Id, previous.OriginalDate)) ?? MeetingRecord.Empty
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
        MeetingRecord previousRecord
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
            previousRecord.Decisions
        );
    }
}
