using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// For chairs after a meeting: its decisions. One decision at a time can become an action of the plan in the same step
/// (its area, people and deadline chosen from the group); other decisions are written one per line. The card comes
/// back after saving, for the next one.
/// </summary>
public static class DecisionsCard
{
    public const string OtherDecisions = "decisions";

    public static JsonObject Build(
        TextSet texts,
        Group group,
        Meeting meeting,
        MeetingRecord record,
        Plan plan,
        IReadOnlyList<Member> members,
        DateOnly today,
        Notice? notice = null
    )
    {
        var areas = ActionFormCard.AreaChoices(texts, plan);
        var decided = record
            .Decisions.TakeLast(FreeText.DecisionsPerMeeting)
            .Select(d => Formats.Short(d.Text, 80) + (d.Action is { } n ? $" (#{n})" : ""))
            .ToList();
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.DecisionsTitle, meeting.Title)),
            AdaptiveCard.Text(MeetingsCard.When(texts, meeting, group.TimeZone), subtle: true),
            .. Notices.Block(notice),
            .. record.Decisions.Count == 0 ? Array.Empty<JsonNode>() : [AdaptiveCard.Bullets(decided)],
            .. Paging.Shown(texts, FreeText.DecisionsPerMeeting, record.Decisions.Count),
        ];
        if (record.Decisions.Count >= FreeText.DecisionsPerMeeting)
        {
            // The meeting's record is full: no inputs and no Save that could only be refused.
            return AdaptiveCard.Create([
                .. body,
                AdaptiveCard.Text(texts.Count(TextKey.DecisionsFull, FreeText.DecisionsPerMeeting)),
            ]);
        }

        JsonNode[] form =
        [
            AdaptiveCard.Text(texts[TextKey.DecisionsIntro], subtle: true),
            AdaptiveCard.Container(
                [
                    CardInputs.Text(
                        ActionForm.Title,
                        texts[TextKey.FieldDecision],
                        multiline: true,
                        maxLength: FreeText.Decision
                    ),
                    CardInputs.Choices(ActionForm.Area, texts[TextKey.FieldArea], areas),
                    PeoplePicker.Input(
                        texts,
                        ActionForm.Responsible,
                        texts[TextKey.FieldResponsible],
                        group.Key.GroupId,
                        members,
                        []
                    ),
                    CardInputs.Date(ActionForm.Deadline, texts[TextKey.FieldDeadline], null, min: today),
                ],
                separator: true
            ),
            CardInputs.Text(
                OtherDecisions,
                texts[TextKey.FieldOtherDecisions],
                multiline: true,
                maxLength: FreeText.OtherDecisions
            ),
        ];
        return AdaptiveCard.Create(
            [.. body, .. form],
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonSave],
                    Verbs.SaveDecisions,
                    MeetingsCard.Data(group, meeting).With(CardData.Submission, Submissions.NewId()),
                    primary: true
                ),
            ]
        );
    }
}
