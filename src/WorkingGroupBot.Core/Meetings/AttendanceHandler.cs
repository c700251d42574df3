using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>"I'll attend" / "I can't attend" on a meeting notice; the notice is rebuilt with the new counts.</summary>
public sealed class AttendanceHandler(GroupScope scope, IMeetingStore meetings, IMemberStore members, MeetingAgendas agendas)
{
    public Task<Reply> AnswerAsync(Request request, CancellationToken cancellationToken) =>
        scope.RunAsync(request, async m =>
        {
            var series = await meetings.FindSeriesAsync(m.Group.Key, request.Input.Text(CardData.Series), cancellationToken);
            var date = request.Input.Date(CardData.Occurrence);
            if (series is null || date is null || MeetingCalendar.Find(series, date.Value) is not { } meeting)
            {
                return new TextReply(request.Texts[TextKey.MeetingNotFound]);
            }

            var answer = request.Input.String(CardData.Answer);
            var record = answer is "yes" or "no"
                ? await meetings.UpdateRecordAsync(m.Group.Key, series.Id, meeting.OriginalDate, r => r.Answer(m.Member.AadObjectId, answer == "yes"), cancellationToken)
                : await meetings.FindRecordAsync(m.Group.Key, series.Id, meeting.OriginalDate, cancellationToken);
            var agenda = await agendas.BuildAsync(m.Group.Key, series, meeting, cancellationToken);
            var roster = await members.ListAsync(m.Group.Key, cancellationToken);
            return new CardReply(MeetingNoticeCard.Build(Texts.Texts.For(m.Group.Language), m.Group, meeting, agenda, record, roster));
        }, cancellationToken);
}
