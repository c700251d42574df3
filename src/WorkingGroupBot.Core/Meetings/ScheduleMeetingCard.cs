using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>For chairs: schedule a meeting series — first date and time, length, place, how it recurs, when notices
/// go.</summary>
public static class ScheduleMeetingCard
{
    public static JsonObject Build(TextSet texts, Group group, DateOnly today, Notice? notice = null)
    {
        (string, string)[] recurrences =
        [
            (texts[TextKey.RecurrenceWeekly], MeetingForm.Weekly),
            (texts[TextKey.RecurrenceMonthlyNthWeekday], MeetingForm.MonthlyNthWeekday),
            (texts[TextKey.RecurrenceMonthlyDay], MeetingForm.MonthlyDay),
            (texts[TextKey.RecurrenceCustom], MeetingForm.Custom),
        ];
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.ScheduleMeetingTitle]),
            .. Notices.Block(notice),
            CardInputs.Text(
                MeetingForm.Title,
                texts[TextKey.FieldMeetingTitle],
                texts[TextKey.DefaultMeetingTitle],
                maxLength: FreeText.MeetingTitle,
                required: true,
                error: texts[TextKey.ProblemMeetingMissing]
            ),
            CardInputs.Date(
                MeetingForm.FirstDate,
                texts[TextKey.FieldFirstDate],
                null,
                min: today,
                required: true,
                error: texts[TextKey.ProblemMeetingMissing]
            ),
            CardInputs.Time(MeetingForm.Start, texts[TextKey.FieldStartTime], new TimeOnly(10, 0)),
            CardInputs.Text(MeetingForm.Duration, texts[TextKey.FieldDurationMinutes], "90", maxLength: 3),
            CardInputs.Text(MeetingForm.Place, texts[TextKey.FieldPlace], maxLength: FreeText.MeetingPlace),
            CardInputs.Choices(
                MeetingForm.Recurrence,
                texts[TextKey.FieldRecurrence],
                recurrences,
                MeetingForm.MonthlyNthWeekday,
                required: true,
                error: texts[TextKey.ProblemMeetingRule]
            ),
            CardInputs.Text(MeetingForm.Interval, texts[TextKey.FieldInterval], "1", maxLength: 2),
            CardInputs.Text(MeetingForm.RRule, texts[TextKey.FieldRRule], maxLength: FreeText.MeetingRule),
            CardInputs.Text(
                MeetingForm.Notices,
                texts[TextKey.FieldNotices],
                MeetingForm.NoticesText(MeetingSeries.DefaultNotices),
                maxLength: 30
            ),
        ];
        return AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonSchedule],
                    Verbs.CreateMeeting,
                    new JsonObject { [CardData.Group] = group.Key.GroupId },
                    primary: true
                ),
            ]
        );
    }
}
