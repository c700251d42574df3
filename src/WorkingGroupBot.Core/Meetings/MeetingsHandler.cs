using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>The group's meetings: the list, scheduling a series (chairs), cancelling, moving or ending (chairs).</summary>
public sealed class MeetingsHandler(GroupScope scope, IMeetingStore meetings, MeetingAgendas agendas, ReminderPlanner planner, TimeProvider clock)
{
    private const int Upcoming = 6;
    private static readonly TimeSpan RecentForDecisions = TimeSpan.FromDays(30);

    public Task<Reply> ListAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsync(request, m => ListCardAsync(request, m, null, cancellationToken), cancellationToken);

    public Task<Reply> ScheduleFormAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, m => Task.FromResult<Reply>(new CardReply(ScheduleMeetingCard.Build(request.Texts, m.Group, clock.Today(m.Group.TimeZone)))), cancellationToken);

    public Task<Reply> CreateAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsChairAsync(request, async m =>
        {
            var (series, problem) = MeetingForm.Read(request.Input, m.Group.TimeZone, clock.Today(m.Group.TimeZone));
            if (series is null)
            {
                return new CardReply(ScheduleMeetingCard.Build(request.Texts, m.Group, clock.Today(m.Group.TimeZone), new Notice(request.Texts[problem!.Value], IsProblem: true)));
            }

            await meetings.AddSeriesAsync(m.Group.Key, series, cancellationToken);
            await planner.PlanMeetingAsync(m.Group, series, catchUp: true, cancellationToken);
            return await ListCardAsync(request, m, new Notice(request.Texts[TextKey.MeetingScheduled], IsProblem: false), cancellationToken);
        }, cancellationToken);

    public Task<Reply> CancelAsync(Request request, CancellationToken cancellationToken) =>
        ChangeAsync(request, (series, date) => series with { Cancelled = [.. series.Cancelled, date] }, cancellationToken);

    public Task<Reply> MoveAsync(Request request, CancellationToken cancellationToken)
    {
        var suffix = InputSuffix(request);
        var date = request.Input.Date(MeetingForm.Date + suffix);
        var start = request.Input.Time(MeetingForm.Start + suffix + ".move");
        return ChangeAsync(request, (series, original) => date is null ? null : series with
        {
            Moved = [.. series.Moved.Where(x => x.OriginalDate != original), new MovedOccurrence(original, date.Value, start ?? series.Start)],
        }, cancellationToken);
    }

    public Task<Reply> EndAsync(Request request, CancellationToken cancellationToken) =>
        ChangeAsync(request, (series, date) => series with { EndsOn = date.AddDays(-1) }, cancellationToken);

    /// <summary>
    /// Changes the series from one meeting on: the old series ends the day before, and a new one with the new time,
    /// length and place carries on with the same recurrence (so earlier meetings keep their history).
    /// </summary>
    public Task<Reply> ChangeFromAsync(Request request, CancellationToken cancellationToken)
    {
        var suffix = InputSuffix(request);
        var start = request.Input.Time(MeetingForm.Start + suffix);
        var duration = request.Input.Int(MeetingForm.Duration + suffix);
        var place = request.Input.Text(MeetingForm.Place + suffix);
        if (MeetingForm.TextProblem("", place) is { } problem)
        {
            return scope.RunAsChairAsync(request, m => ListCardAsync(request, m, new Notice(request.Texts[problem], IsProblem: true), cancellationToken), cancellationToken);
        }

        MeetingSeries? successor = null;
        return ChangeAsync(request, (series, date) =>
        {
            if (start is null || duration is not (>= 5 and <= 600))
            {
                return null;
            }

            successor = series with
            {
                Id = Guid.NewGuid().ToString("N")[..10],
                FirstDate = date,
                Start = start.Value,
                DurationMinutes = duration.Value,
                Place = place,
                Cancelled = series.Cancelled.Where(d => d >= date).ToList(),
                Moved = series.Moved.Where(m => m.OriginalDate >= date).ToList(),
            };
            return series with { EndsOn = date.AddDays(-1) };
        }, cancellationToken, async group =>
        {
            await meetings.AddSeriesAsync(group.Key, successor!, cancellationToken);
            await planner.PlanMeetingAsync(group, successor!, catchUp: false, cancellationToken);
        });
    }

    private static string InputSuffix(Request request) =>
        request.Input.String(CardData.InputName) is { Length: < 40 } s && s.StartsWith('.') ? s : "";

    /// <summary>Changes the series of the meeting the card names; the meeting must still be in the series.</summary>
    private Task<Reply> ChangeAsync(Request request, Func<MeetingSeries, DateOnly, MeetingSeries?> change, CancellationToken cancellationToken, Func<Group, Task>? then = null) =>
        scope.RunAsChairAsync(request, async m =>
        {
            var seriesId = request.Input.Text(CardData.Series);
            var date = request.Input.Date(CardData.Occurrence);
            var changed = date is null ? null : await meetings.UpdateSeriesAsync(m.Group.Key, seriesId, series =>
                MeetingCalendar.Find(series, date.Value) is null ? null : change(series, date.Value), cancellationToken);
            if (changed is null)
            {
                return await ListCardAsync(request, m, new Notice(request.Texts[TextKey.MeetingNotFound], IsProblem: true), cancellationToken);
            }

            await planner.PlanMeetingAsync(m.Group, changed, catchUp: false, cancellationToken);
            if (then is not null)
            {
                await then(m.Group);
            }

            return await ListCardAsync(request, m, new Notice(request.Texts[TextKey.ActionSaved], IsProblem: false), cancellationToken);
        }, cancellationToken);

    private async Task<Reply> ListCardAsync(Request request, Membership membership, Notice? notice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await meetings.ListSeriesAsync(membership.Group.Key, cancellationToken);
        var next = all.SelectMany(series => MeetingCalendar.Between(series, now, now.AddYears(1)).Take(Upcoming).Select(meeting => (series, meeting)))
            .OrderBy(x => x.meeting.Start).Take(Upcoming).ToList();
        var withAgendas = new List<(Meeting, int)>();
        foreach (var (series, meeting) in next)
        {
            withAgendas.Add((meeting, (await agendas.BuildAsync(membership.Group.Key, series, meeting, cancellationToken)).Size));
        }

        var last = membership.Member.IsChair
            ? all.SelectMany(series => MeetingCalendar.Between(series, now - RecentForDecisions, now)).MaxBy(m => m.Start)
            : null;
        return new CardReply(MeetingsCard.Build(request.Texts, membership.Group, withAgendas, last, membership.Member.IsChair, notice));
    }
}
