using WorkingGroupBot.Cards;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The first draft of a meeting's minutes: the agenda as the meeting had it (in the group's language), attendance from
/// the notice's answers (those who said they'd come are present, those who said they can't sent apologies, and so did
/// those who gave no answer but had set time away for the day), and each action on the agenda with the outcome its
/// status suggests.
/// </summary>
public static class MinutesDraft
{
    public static Minutes Start(
        TextSet texts,
        Meeting meeting,
        Meeting? next,
        Agenda agenda,
        MeetingRecord record,
        IReadOnlyList<Member> members,
        DateOnly day
    )
    {
        var inGroup = members.Select(m => m.AadObjectId).ToHashSet();
        var answered = record.Attending.Concat(record.NotAttending).ToHashSet();
        return new Minutes
        {
            SeriesId = meeting.SeriesId,
            OriginalDate = meeting.OriginalDate,
            Title = meeting.Title,
            Start = meeting.Start,
            Place = meeting.Place,
            Presence =
            [
                .. record.Attending.Where(inGroup.Contains).Select(p => new PresenceLine(p, Presence.Present)),
                .. record.NotAttending.Where(inGroup.Contains).Select(p => new PresenceLine(p, Presence.Apologies)),
                .. members
                    .Where(m => m.InRoster && m.IsAwayOn(day) && !answered.Contains(m.AadObjectId))
                    .Select(m => new PresenceLine(m.AadObjectId, Presence.Apologies)),
            ],
            Agenda = MeetingNoticeCard
                .Sections(texts, agenda, members)
                .Select(s => new MinutesSection(s.Title, s.Lines))
                .ToList(),
            Outcomes = agenda
                .ToReview.DistinctBy(a => a.Number)
                .Take(Minutes.MaxOutcomes)
                .Select(a => new OutcomeLine(a.Number, a.Title, Outcomes.Of(a.Status)))
                .ToList(),
            NextMeeting = next?.Start,
        };
    }

    /// <summary>
    /// Approval writes in what a draft only points to: the decisions as recorded (with the people and deadline of the
    /// action each became) and, as absent, every member of the roster the attendance does not name.
    /// </summary>
    public static Minutes Approve(
        Minutes draft,
        MeetingRecord record,
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<Member> members,
        Member by,
        DateTimeOffset at
    ) =>
        draft with
        {
            ApprovedAt = at,
            ApprovedBy = by.Name,
            Presence =
            [
                .. draft.Presence.Where(p => p.Presence != Presence.Absent),
                .. members
                    .Where(m => m.InRoster && draft.PresenceOf(m.AadObjectId) == Presence.Absent)
                    .Select(m => new PresenceLine(m.AadObjectId, Presence.Absent)),
            ],
            Decisions = record
                .Decisions.Select(d =>
                {
                    var action = d.Action is { } n ? actions.FirstOrDefault(a => a.Number == n) : null;
                    return new MinutesDecision(
                        d.Text,
                        d.Action,
                        action is null ? "" : Formats.People(action, members),
                        action?.Deadline
                    );
                })
                .ToList(),
        };
}
