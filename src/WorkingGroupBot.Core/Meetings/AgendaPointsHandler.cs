using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>A chair adds a point of their own to a coming meeting's agenda, from the meetings card.</summary>
public sealed class AgendaPointsHandler(
    IMeetingStore meetings,
    MeetingAgendas agendas,
    MeetingsHandler list,
    TimeProvider clock
)
{
    public async Task<Reply> AddAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (await agendas.FindAsync(context, cancellationToken) is not ({ } series, { } meeting))
        {
            return await Refused(context, TextKey.MeetingNotFound, cancellationToken);
        }

        if (meeting.Start <= clock.GetUtcNow())
        {
            return await Refused(context, TextKey.ProblemMeetingBegun, cancellationToken);
        }

        var point = context.Request.Input.Text(MeetingForm.Point + MeetingsHandler.InputSuffix(context.Request));
        if (
            FreeText.Problem(
                point,
                TextKey.ProblemAgendaPointMissing,
                FreeText.AgendaPoint,
                TextKey.ProblemAgendaPointTooLong
            ) is
            { } problem
        )
        {
            return await Refused(context, problem, cancellationToken);
        }

        var full = false;
        await meetings.UpdateRecordAsync(
            context.Group.Key,
            series.Id,
            meeting.OriginalDate,
            record =>
            {
                full = record.Points.Count >= FreeText.AgendaPointsPerMeeting;
                return full ? record : record with { Points = [.. record.Points, point] };
            },
            cancellationToken
        );
        return full
            ? await Refused(context, TextKey.ProblemAgendaPointsTooMany, cancellationToken)
            : await list.ListCardAsync(
                context,
                new Notice(
                    texts.Format(TextKey.AgendaPointAdded, MeetingsCard.When(texts, meeting, context.Group.TimeZone)),
                    IsProblem: false
                ),
                cancellationToken
            );
    }

    private Task<Reply> Refused(GroupContext context, TextKey problem, CancellationToken cancellationToken) =>
        list.ListCardAsync(context, new Notice(context.Texts[problem], IsProblem: true), cancellationToken);
}
