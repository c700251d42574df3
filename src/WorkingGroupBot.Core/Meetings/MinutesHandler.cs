using Microsoft.Extensions.Options;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Links;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The minutes of the group's meetings: the list; a chair opens a held meeting's minutes (a draft is started the first
/// time), saves, approves and corrects them; everyone reads approved minutes and downloads them as DOCX or a printable
/// page.
/// </summary>
public sealed class MinutesHandler(
    IMinutesStore minutes,
    IMeetingStore meetings,
    MeetingAgendas agendas,
    ILinkStore links,
    TimeProvider clock,
    IOptions<BotOptions> options
)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    public async Task<Reply> ListAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var all = await minutes.ListAsync(context.Group.Key, cancellationToken);
        var latest = all.GroupBy(m => (m.SeriesId, m.OriginalDate))
            .Select(g => context.Member.IsChair ? g.Last() : g.LastOrDefault(m => m.IsApproved))
            .OfType<Minutes>()
            .ToList();
        return new CardReply(MinutesListCard.Build(context.Texts, context.Group, latest));
    }

    /// <summary>A chair gets the latest revision (starting the draft of a held meeting); others the latest approved
    /// one.</summary>
    public async Task<Reply> OpenAsync(GroupContext context, CancellationToken cancellationToken)
    {
        if (await agendas.FindAsync(context, cancellationToken) is not ({ } series, { } meeting))
        {
            return new TextReply(context.Texts[TextKey.MeetingNotFound]);
        }

        var key = context.Group.Key;
        if (!context.Member.IsChair)
        {
            return await ApprovedAsync(context, series.Id, meeting.OriginalDate, cancellationToken) is { } shown
                ? shown
                : new TextReply(context.Texts[TextKey.ProblemMinutesNotFound]);
        }

        var latest = await minutes.FindAsync(key, series.Id, meeting.OriginalDate, cancellationToken);
        MeetingRecord? known = null;
        if (latest is null)
        {
            if (meeting.Start > clock.GetUtcNow())
            {
                return new TextReply(context.Texts[TextKey.ProblemMinutesNotYet]);
            }

            var (agenda, record) = await agendas.BuildAsync(context, series, meeting, cancellationToken);
            known = record;
            var next = MeetingCalendar.Between(series, meeting.Start.AddMinutes(1), meeting.Start.AddYears(1));
            var draft = MinutesDraft.Start(
                TextSet.For(context.Group.Language),
                meeting,
                next.FirstOrDefault(),
                agenda,
                record,
                context.Members,
                DateOnly.FromDateTime(
                    TimeZoneInfo.ConvertTime(meeting.Start, GroupClock.Zone(context.Group.TimeZone)).DateTime
                )
            );
            latest = await minutes.UpdateAsync(
                key,
                series.Id,
                meeting.OriginalDate,
                stored => stored ?? draft,
                cancellationToken
            );
        }

        return await ShowAsync(context, latest!, null, cancellationToken, known);
    }

    public Task<Reply> SaveAsync(GroupContext context, CancellationToken cancellationToken) =>
        EditAsync(context, approve: false, cancellationToken);

    public Task<Reply> ApproveAsync(GroupContext context, CancellationToken cancellationToken) =>
        EditAsync(context, approve: true, cancellationToken);

    /// <summary>Starts the next revision of approved minutes, a draft to correct them with.</summary>
    public async Task<Reply> CorrectAsync(GroupContext context, CancellationToken cancellationToken)
    {
        if (Named(context) is not var (seriesId, date, revision))
        {
            return new TextReply(context.Texts[TextKey.ProblemMinutesNotFound]);
        }

        var started = await minutes.UpdateAsync(
            context.Group.Key,
            seriesId,
            date,
            latest => latest is { IsApproved: true } && latest.Revision == revision ? latest.Correction() : null,
            cancellationToken
        );
        return started is null
            ? await CurrentAsync(context, seriesId, date, TextKey.ProblemMinutesChanged, cancellationToken)
            : await ShowAsync(
                context,
                started,
                new Notice(context.Texts.Format(TextKey.MinutesCorrecting, started.Revision), IsProblem: false),
                cancellationToken
            );
    }

    /// <summary>Links, for an hour and for the one who asked, to every approved revision of one meeting's
    /// minutes.</summary>
    public async Task<Reply> DownloadAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, group) = (context.Texts, context.Group);
        var named = Named(context);
        var approved = named is var (seriesId, date, _)
            ? (await minutes.RevisionsAsync(group.Key, seriesId, date, cancellationToken))
                .Where(m => m.IsApproved)
                .ToList()
            : [];
        if (approved.Count == 0)
        {
            return new TextReply(texts[TextKey.ProblemMinutesNotFound]);
        }

        var link = await links.CreateAsync(
            LinkKind.Minutes,
            group.Key,
            context.Request.Caller.AadObjectId,
            context.Request.Caller.Language,
            clock.GetUtcNow() + LinkLifetime,
            cancellationToken
        );
        var root = options.Value.PublicUrl.TrimEnd('/');
        return new CardReply(
            MinutesListCard.Links(texts, group, approved, (m, file) => root + MinutesFiles.Path(link.Token, m, file))
        );
    }

    /// <summary>
    /// Applies the form to the draft as stored now, if it is still the revision the card showed and not approved; on
    /// approval writes in the decisions and the absent. A refused form comes back as filled in, with what is wrong.
    /// </summary>
    private async Task<Reply> EditAsync(GroupContext context, bool approve, CancellationToken cancellationToken)
    {
        if (Named(context) is not var (seriesId, date, revision))
        {
            return new TextReply(context.Texts[TextKey.ProblemMinutesNotFound]);
        }

        var (key, input, members) = (context.Group.Key, context.Request.Input, context.Members);
        var record = await meetings.FindRecordAsync(key, seriesId, date, cancellationToken);
        TextKey? problem = null;
        Minutes? refused = null;
        var saved = await minutes.UpdateAsync(
            key,
            seriesId,
            date,
            latest =>
            {
                if (latest is not { IsApproved: false } || latest.Revision != revision)
                {
                    return null;
                }

                (var changed, problem) = MinutesForm.Read(input, latest, members);
                if (problem is not null)
                {
                    refused = changed;
                    return null;
                }

                return approve
                    ? MinutesDraft.Approve(
                        changed,
                        record,
                        context.Read.Actions,
                        members,
                        context.Member,
                        clock.GetUtcNow()
                    )
                    : changed;
            },
            cancellationToken
        );
        if (refused is not null)
        {
            return new CardReply(
                MinutesCard.Build(
                    context.Texts,
                    context.Group,
                    refused,
                    record,
                    members,
                    context.Read.Institutions,
                    new Notice(context.Texts[problem!.Value], IsProblem: true),
                    input.Int(CardData.Page)
                )
            );
        }

        return saved is null
            ? await CurrentAsync(context, seriesId, date, TextKey.ProblemMinutesChanged, cancellationToken)
            : await ShowAsync(
                context,
                saved,
                new Notice(
                    context.Texts[approve ? TextKey.MinutesApprovedNow : TextKey.MinutesSaved],
                    IsProblem: false
                ),
                cancellationToken,
                record
            );
    }

    /// <summary>The minutes as stored now, with why the press changed nothing.</summary>
    private async Task<Reply> CurrentAsync(
        GroupContext context,
        string seriesId,
        DateOnly date,
        TextKey why,
        CancellationToken cancellationToken
    ) =>
        await minutes.FindAsync(context.Group.Key, seriesId, date, cancellationToken) is { } latest
            ? await ShowAsync(context, latest, new Notice(context.Texts[why], IsProblem: true), cancellationToken)
            : new TextReply(context.Texts[TextKey.ProblemMinutesNotFound]);

    private async Task<Reply> ShowAsync(
        GroupContext context,
        Minutes shown,
        Notice? notice,
        CancellationToken cancellationToken,
        MeetingRecord? record = null
    )
    {
        if (shown.IsApproved)
        {
            return Approved(context, shown, notice);
        }

        record ??= await meetings.FindRecordAsync(
            context.Group.Key,
            shown.SeriesId,
            shown.OriginalDate,
            cancellationToken
        );
        return new CardReply(
            MinutesCard.Build(
                context.Texts,
                context.Group,
                shown,
                record,
                context.Members,
                context.Read.Institutions,
                notice,
                context.Request.Input.Int(CardData.Page)
            )
        );
    }

    private async Task<Reply?> ApprovedAsync(
        GroupContext context,
        string seriesId,
        DateOnly date,
        CancellationToken cancellationToken
    ) =>
        (await minutes.RevisionsAsync(context.Group.Key, seriesId, date, cancellationToken)).LastOrDefault(m =>
            m.IsApproved
        )
            is { } approved
            ? Approved(context, approved, null)
            : null;

    private static CardReply Approved(GroupContext context, Minutes approved, Notice? notice) =>
        new(
            MinutesCard.Approved(
                context.Texts,
                context.Group,
                approved,
                MinutesReport.Of(context.Texts, context.Group, approved, context.Members, context.Read.Institutions),
                context.Member.IsChair,
                notice
            )
        );

    /// <summary>The meeting and revision a minutes card names.</summary>
    private static (string Series, DateOnly Date, int Revision)? Named(GroupContext context)
    {
        var input = context.Request.Input;
        var series = input.Text(CardData.Series);
        return series.Length > 0 && input.Date(CardData.Occurrence) is { } date
            ? (series, date, input.Int(MinutesForm.Revision) ?? 0)
            : null;
    }
}
