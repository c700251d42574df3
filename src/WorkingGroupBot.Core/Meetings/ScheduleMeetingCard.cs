using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// For chairs: schedule a meeting series — first date and time, length, place, how often in plain words, when notices
/// go — with Preview dates before Schedule; a rule of one's own (RRULE) under "Advanced…".
/// </summary>
public static class ScheduleMeetingCard
{
    /// <param name="values">What the chair filled in, kept when the form comes back with a preview or a problem.</param>
    public static JsonObject Build(
        TextSet texts,
        Group group,
        DateOnly today,
        Notice? notice = null,
        CardInput? values = null
    )
    {
        string? Value(string id) => values?.String(id) is { Length: > 0 } value ? value : null;
        (string, string)[] recurrences =
        [
            (texts[TextKey.RecurrenceWeekly], MeetingForm.Weekly),
            (texts[TextKey.RecurrenceBiweekly], MeetingForm.Biweekly),
            (texts[TextKey.RecurrenceMonthlyNthWeekday], MeetingForm.MonthlyNthWeekday),
            (texts[TextKey.RecurrenceMonthlyDay], MeetingForm.MonthlyDay),
            (texts[TextKey.RecurrenceQuarterly], MeetingForm.Quarterly),
        ];
        var notices = MeetingForm
            .NoticeChoices.Select(n => (MeetingForm.NoticeLabel(texts, n), MeetingForm.NoticesText([n])))
            .ToList();
        var data = new JsonObject { [CardData.Group] = group.Key.GroupId };
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.ScheduleMeetingTitle]),
            .. Notices.Block(notice),
            CardInputs.Text(
                MeetingForm.Title,
                texts[TextKey.FieldMeetingTitle],
                Value(MeetingForm.Title) ?? texts[TextKey.DefaultMeetingTitle],
                maxLength: FreeText.MeetingTitle,
                required: true,
                error: texts[TextKey.ProblemMeetingMissing]
            ),
            CardInputs.Date(
                MeetingForm.FirstDate,
                texts[TextKey.FieldFirstDate],
                values?.Date(MeetingForm.FirstDate),
                min: today,
                required: true,
                error: texts[TextKey.ProblemMeetingMissing]
            ),
            CardInputs.Time(
                MeetingForm.Start,
                texts[TextKey.FieldStartTime],
                values?.Time(MeetingForm.Start) ?? new TimeOnly(10, 0)
            ),
            CardInputs.Text(
                MeetingForm.Duration,
                texts[TextKey.FieldDurationMinutes],
                Value(MeetingForm.Duration) ?? "90",
                maxLength: 3
            ),
            CardInputs.Text(
                MeetingForm.Place,
                texts[TextKey.FieldPlace],
                Value(MeetingForm.Place),
                maxLength: FreeText.MeetingPlace
            ),
            CardInputs.Choices(
                MeetingForm.Recurrence,
                texts[TextKey.FieldRecurrence],
                recurrences,
                Value(MeetingForm.Recurrence) ?? MeetingForm.MonthlyNthWeekday,
                required: true,
                error: texts[TextKey.ProblemMeetingRule]
            ),
            CardInputs.Choices(
                MeetingForm.Notices,
                texts[TextKey.FieldNotices],
                notices,
                Value(MeetingForm.Notices) ?? MeetingForm.NoticesText(MeetingSeries.DefaultNotices),
                multiSelect: true
            ),
        ];
        return AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Execute(texts[TextKey.ButtonSchedule], Verbs.CreateMeeting, data, primary: true),
                AdaptiveCard.Execute(texts[TextKey.ButtonPreviewDates], Verbs.PreviewMeeting, data),
                AdaptiveCard.ShowCard(
                    texts[TextKey.ButtonAdvanced],
                    [
                        AdaptiveCard.Text(texts[TextKey.AdvancedIntro], subtle: true),
                        CardInputs.Text(
                            MeetingForm.RRule,
                            texts[TextKey.FieldRRule],
                            Value(MeetingForm.RRule),
                            maxLength: FreeText.MeetingRule
                        ),
                    ],
                    [
                        AdaptiveCard.Execute(texts[TextKey.ButtonSchedule], Verbs.CreateMeeting, data),
                        AdaptiveCard.Execute(texts[TextKey.ButtonPreviewDates], Verbs.PreviewMeeting, data),
                    ]
                ),
            ]
        );
    }
}
