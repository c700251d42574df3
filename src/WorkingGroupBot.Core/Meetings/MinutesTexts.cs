using WorkingGroupBot.Cards;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>The words for the minutes' presences, outcomes, state, meeting and next meeting.</summary>
public static class MinutesTexts
{
    public static string Outcome(TextSet texts, Outcome outcome) =>
        texts[
            outcome switch
            {
                Meetings.Outcome.Done => TextKey.OutcomeDone,
                Meetings.Outcome.InProgress => TextKey.OutcomeInProgress,
                Meetings.Outcome.NotUndertaken => TextKey.OutcomeNotUndertaken,
                _ => TextKey.OutcomeNotPossible,
            }
        ];

    public static string Presence(TextSet texts, Presence presence) =>
        texts[
            presence switch
            {
                Meetings.Presence.Present => TextKey.PresencePresent,
                Meetings.Presence.Apologies => TextKey.PresenceApologies,
                Meetings.Presence.Represented => TextKey.PresenceRepresented,
                Meetings.Presence.InWriting => TextKey.PresenceInWriting,
                _ => TextKey.PresenceAbsent,
            }
        ];

    /// <summary>"Draft, revision 2" or "Revision 2, approved 4 Dec 2026 by Anna".</summary>
    public static string State(TextSet texts, Minutes minutes, string timeZone) =>
        minutes.ApprovedAt is { } at
            ? texts.Format(
                TextKey.MinutesApprovedMark,
                minutes.Revision,
                Formats.Moment(texts, at, timeZone),
                minutes.ApprovedBy
            )
            : texts.Format(TextKey.MinutesDraftMark, minutes.Revision);

    /// <summary>"Tue 10 Mar 2026 10:00, Domes zāle".</summary>
    public static string When(TextSet texts, Group group, Minutes minutes) =>
        Formats.Moment(texts, minutes.Start, group.TimeZone) + (minutes.Place.Length > 0 ? ", " + minutes.Place : "");

    /// <summary>"Next meeting: …", or that none is scheduled.</summary>
    public static string Next(TextSet texts, Group group, Minutes minutes) =>
        minutes.NextMeeting is { } next
            ? texts.Format(TextKey.MinutesNextMeeting, Formats.Moment(texts, next, group.TimeZone))
            : texts[TextKey.MinutesNoNextMeeting];
}
