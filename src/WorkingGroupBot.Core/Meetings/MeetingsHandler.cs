using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>The group's meetings: the list, scheduling a series (chairs), cancelling, moving or ending
/// (chairs).</summary>
public sealed class MeetingsHandler(
    IMeetingStore meetings,
    MeetingAgendas agendas,
    ReminderPlanner planner,
    LatvianCalendar calendar,
    InvitationSync invitations,
    TimeProvider clock
)
{
    private static readonly TimeSpan RecentForDecisions = TimeSpan.FromDays(30);

    public Task<Reply> ListAsync(GroupContext context, CancellationToken cancellationToken) =>
        ListCardAsync(context, null, cancellationToken);

    /// <summary>One meeting's agenda as its notice shows it (with the attendance buttons), and Back to the list.</summary>
    public async Task<Reply> AgendaAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var group = context.Group;
        if (await agendas.FindAsync(context, cancellationToken) is not ({ } series, { } meeting))
        {
            return await ListCardAsync(
                context,
                new Notice(context.Texts[TextKey.MeetingNotFound], IsProblem: true),
                cancellationToken
            );
        }

        var (agenda, record) = await agendas.BuildAsync(context, series, meeting, cancellationToken);
        return new CardReply(
            MeetingNoticeCard.Build(
                context.Texts,
                group,
                meeting,
                agenda,
                record,
                context.Members,
                backToMeetings: true
            )
        );
    }

    public Task<Reply> ScheduleFormAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Reply>(new CardReply(ScheduleMeetingCard.Build(context.Texts, context.Group, context.Today)));

    public async Task<Reply> CreateAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, group) = (context.Texts, context.Group);
        var (series, problem) = MeetingForm.Read(context.Request.Input, group.TimeZone, context.Today);
        if (series is null)
        {
            return FormAgain(context, new Notice(texts[problem!.Value], IsProblem: true));
        }

        await meetings.AddSeriesAsync(group.Key, series, cancellationToken);
        await planner.PlanMeetingAsync(group, series, catchUp: true, cancellationToken);
        var invited = await invitations.CreateAsync(group, series, context.Members, cancellationToken);
        var now = clock.GetUtcNow();
        var next = texts.Format(TextKey.MeetingPreview, MeetingForm.NextDates(texts, series, now));
        return await ListCardAsync(
            context,
            new Notice(
                texts[TextKey.MeetingScheduled],
                IsProblem: false,
                [next, .. MeetingForm.OffDays(texts, calendar, series, now), .. Notes(texts, invited)]
            ),
            cancellationToken
        );
    }

    /// <summary>The form as filled in, with the next dates it would give, or what is wrong with it.</summary>
    public Task<Reply> PreviewAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, group) = (context.Texts, context.Group);
        var (series, problem) = MeetingForm.Read(context.Request.Input, group.TimeZone, context.Today);
        return Task.FromResult(
            FormAgain(
                context,
                series is null
                    ? new Notice(texts[problem!.Value], IsProblem: true)
                    : new Notice(
                        texts.Format(TextKey.MeetingPreview, MeetingForm.NextDates(texts, series, clock.GetUtcNow())),
                        IsProblem: false,
                        MeetingForm.OffDays(texts, calendar, series, clock.GetUtcNow())
                    )
            )
        );
    }

    private static Reply FormAgain(GroupContext context, Notice notice) =>
        new CardReply(
            ScheduleMeetingCard.Build(context.Texts, context.Group, context.Today, notice, context.Request.Input)
        );

    public Task<Reply> CancelAsync(GroupContext context, CancellationToken cancellationToken) =>
        ChangeAsync(
            context,
            (series, date) => series with { Cancelled = [.. series.Cancelled, date] },
            cancellationToken
        );

    public Task<Reply> MoveAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (input, suffix) = (context.Request.Input, InputSuffix(context.Request));
        var date = input.Date(MeetingForm.Date + suffix);
        var start = input.Time(MeetingForm.Start + suffix + ".move");
        if (date < context.Today)
        {
            return ListCardAsync(
                context,
                new Notice(context.Texts[TextKey.ProblemMeetingInPast], IsProblem: true),
                cancellationToken
            );
        }

        return ChangeAsync(
            context,
            (series, original) =>
                date is null
                    ? null
                    : series with
                    {
                        Moved =
                        [
                            .. series.Moved.Where(x => x.OriginalDate != original),
                            new MovedOccurrence(original, date.Value, start ?? series.Start),
                        ],
                    },
            cancellationToken,
            warnings: date is { } day && !calendar.IsWorkingDay(day)
                ? [context.Texts.Format(TextKey.MeetingsNotWorkingDay, Formats.Day(context.Texts, day))]
                : []
        );
    }

    public Task<Reply> EndAsync(GroupContext context, CancellationToken cancellationToken) =>
        ChangeAsync(context, (series, date) => series with { EndsOn = date.AddDays(-1) }, cancellationToken);

    /// <summary>
    /// Changes the series from one meeting on: the old series ends the day before, and a new one with the new time,
    /// length and place carries on with the same recurrence (so earlier meetings keep their history).
    /// </summary>
    public Task<Reply> ChangeFromAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (input, suffix) = (context.Request.Input, InputSuffix(context.Request));
        var start = input.Time(MeetingForm.Start + suffix);
        var duration = input.Int(MeetingForm.Duration + suffix);
        var place = input.Text(MeetingForm.Place + suffix);
        if (MeetingForm.TextProblem("", place) is { } problem)
        {
            return ListCardAsync(context, new Notice(context.Texts[problem], IsProblem: true), cancellationToken);
        }

        MeetingSeries? successor = null;
        return ChangeAsync(
            context,
            (series, date) =>
            {
                if (start is null || !MeetingForm.IsDuration(duration))
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
                    Invitation = null,
                };
                return series with { EndsOn = date.AddDays(-1) };
            },
            cancellationToken,
            async group =>
            {
                await meetings.AddSeriesAsync(group.Key, successor!, cancellationToken);
                await planner.PlanMeetingAsync(group, successor!, catchUp: false, cancellationToken);
                return await invitations.CreateAsync(group, successor!, context.Members, cancellationToken);
            }
        );
    }

    /// <summary>Sends the Outlook invitations that were not sent, and brings in step those that missed changes.</summary>
    public async Task<Reply> SyncInvitationAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, group, now) = (context.Texts, context.Group, clock.GetUtcNow());
        TextKey? problem = null;
        foreach (var series in await meetings.ListSeriesAsync(group.Key, cancellationToken))
        {
            if (invitations.IsBehind(series, now))
            {
                var result = await invitations.SyncAsync(group, series, context.Members, cancellationToken);
                problem ??= result;
            }
        }

        return await ListCardAsync(
            context,
            new Notice(texts[problem ?? TextKey.InvitationUpToDate], IsProblem: problem is not null),
            cancellationToken
        );
    }

    public static string InputSuffix(Request request) =>
        request.Input.String(CardData.InputName) is { Length: < 40 } s && s.StartsWith('.') ? s : "";

    /// <summary>Changes the series of the meeting the card names; the meeting must still be in the series.</summary>
    private async Task<Reply> ChangeAsync(
        GroupContext context,
        Func<MeetingSeries, DateOnly, MeetingSeries?> change,
        CancellationToken cancellationToken,
        Func<Group, Task<TextKey?>>? then = null,
        IReadOnlyList<string>? warnings = null
    )
    {
        var (input, texts, group) = (context.Request.Input, context.Texts, context.Group);
        var seriesId = input.Text(CardData.Series);
        var date = input.Date(CardData.Occurrence);
        MeetingSeries? before = null;
        var changed = date is null
            ? null
            : await meetings.UpdateSeriesAsync(
                group.Key,
                seriesId,
                series =>
                {
                    // What Outlook has now, to bring its invitation in step with the change.
                    before = series;
                    return MeetingCalendar.Find(series, date.Value) is null ? null : change(series, date.Value);
                },
                cancellationToken
            );
        if (changed is null)
        {
            return await ListCardAsync(
                context,
                new Notice(texts[TextKey.MeetingNotFound], IsProblem: true),
                cancellationToken
            );
        }

        await planner.PlanMeetingAsync(group, changed, catchUp: false, cancellationToken);
        var invited = await invitations.ChangedAsync(group, before!, changed, cancellationToken);
        if (then is not null && await then(group) is { } successorInvited)
        {
            invited ??= successorInvited;
        }

        return await ListCardAsync(
            context,
            new Notice(texts[TextKey.MeetingSaved], IsProblem: false, [.. warnings ?? [], .. Notes(texts, invited)]),
            cancellationToken
        );
    }

    /// <summary>What became of the Outlook invitation, when the chair needs to know.</summary>
    private static IReadOnlyList<string> Notes(TextSet texts, TextKey? invitation) =>
        invitation is { } note ? [texts[note]] : [];

    /// <summary>
    /// The next meetings with the size of each one's agenda (from the plan the turn read: only each previous meeting's
    /// record is read, side by side), and for chairs the latest meeting whose decisions may still be recorded.
    /// </summary>
    public async Task<Reply> ListCardAsync(GroupContext context, Notice? notice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var group = context.Group;
        var all = await meetings.ListSeriesAsync(group.Key, cancellationToken);
        var next = all.SelectMany(series =>
                MeetingCalendar
                    .Between(series, now, now.AddYears(1))
                    .Take(MeetingsCard.MaxUpcoming)
                    .Select(meeting => (series, meeting))
            )
            .OrderBy(x => x.meeting.Start)
            .Take(MeetingsCard.MaxUpcoming)
            .ToList();
        var sizes = await Task.WhenAll(
            next.Select(async x =>
                (await agendas.BuildAsync(context, x.series, x.meeting, cancellationToken)).Agenda.Size
            )
        );
        var withAgendas = next.Select((x, i) => (x.meeting, sizes[i])).ToList();
        var chair = context.Member.IsChair;
        var last = chair
            ? all.SelectMany(series => MeetingCalendar.Between(series, now - RecentForDecisions, now))
                .MaxBy(m => m.Start)
            : null;
        var behind = chair ? all.Where(series => invitations.IsBehind(series, now)).ToList() : [];
        return new CardReply(MeetingsCard.Build(context.Texts, group, withAgendas, last, chair, notice, behind));
    }
}
