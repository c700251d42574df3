using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>"I'll attend" / "I can't attend" on a meeting notice; the notice is rebuilt with the new counts.</summary>
public sealed class AttendanceHandler(IMeetingStore meetings, MeetingAgendas agendas)
{
    public async Task<Reply> AnswerAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (input, group) = (context.Request.Input, context.Group);
        if (await agendas.FindAsync(context, cancellationToken) is not ({ } series, { } meeting))
        {
            return new TextReply(context.Texts[TextKey.MeetingNotFound]);
        }

        var answer = input.String(CardData.Answer);
        // An answer is written beside the agenda's reads; the card shows the record as the answer left it.
        var answered = answer is "yes" or "no"
            ? meetings.UpdateRecordAsync(
                group.Key,
                series.Id,
                meeting.OriginalDate,
                r => r.Answer(context.Member.AadObjectId, answer == "yes"),
                cancellationToken
            )
            : null;
        var built = agendas.BuildAsync(context, series, meeting, cancellationToken);
        await Task.WhenAll(answered ?? Task.CompletedTask, built);
        var (agenda, read) = await built;
        var record = answered is null ? read : await answered;
        // The answer replaces the card for the one who pressed, so it can say what they said.
        var texts = TextSet.For(group.Language);
        var said = answer switch
        {
            "yes" => new Notice(texts[TextKey.AttendingYes], IsProblem: false),
            "no" => new Notice(texts[TextKey.AttendingNo], IsProblem: false),
            _ => null,
        };
        return new CardReply(MeetingNoticeCard.Build(texts, group, meeting, agenda, record, context.Members, said));
    }
}
