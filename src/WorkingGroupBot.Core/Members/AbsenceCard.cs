using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// Who is away and until when, and the form to say "I am away" (a chair may say it for anyone in the group), with the
/// way back: a member cancels their own absence, a chair anyone's.
/// </summary>
public static class AbsenceCard
{
    public const string Who = "awayWho";
    public const string From = "awayFrom";
    public const string To = "awayTo";

    /// <summary>At most this many absences are listed; the rest are counted.</summary>
    public const int MaxListed = 20;

    public static JsonObject Build(
        TextSet texts,
        Membership viewer,
        IReadOnlyList<Member> members,
        DateOnly today,
        Notice? notice = null
    )
    {
        var group = viewer.Group.Key.GroupId;
        var isChair = viewer.Member.IsChair;
        var away = Cover.AwayFrom(members, today);
        IEnumerable<JsonNode> listed =
            away.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.AbsenceNone])]
                :
                [
                    .. away.Take(MaxListed)
                        .Select(m =>
                            Line(texts, m, group, canCancel: isChair || m.AadObjectId == viewer.Member.AadObjectId)
                        ),
                    .. Paging.Shown(texts, MaxListed, away.Count),
                ];
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.AbsenceTitle]),
            .. Notices.Block(notice),
            AdaptiveCard.Text(texts[TextKey.AbsenceIntro], subtle: true),
            .. listed,
            .. isChair
                ?
                [
                    PeoplePicker.Input(
                        texts,
                        Who,
                        texts[TextKey.FieldAwayWho],
                        group,
                        members,
                        [viewer.Member.AadObjectId],
                        multiSelect: false
                    ),
                ]
                : Array.Empty<JsonNode>(),
            CardInputs.Date(
                From,
                texts[TextKey.FieldAwayFrom],
                today,
                today,
                required: true,
                error: texts[TextKey.ProblemAbsenceDates]
            ),
            CardInputs.Date(
                To,
                texts[TextKey.FieldAwayTo],
                null,
                today,
                required: true,
                error: texts[TextKey.ProblemAbsenceDates]
            ),
        ];
        return AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonSave],
                    Verbs.SetAbsence,
                    new JsonObject { [CardData.Group] = group },
                    primary: true
                ),
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonMembers],
                    Verbs.Members,
                    new JsonObject { [CardData.Group] = group }
                ),
            ]
        );
    }

    private static JsonObject Line(TextSet texts, Member member, string group, bool canCancel)
    {
        var line = AdaptiveCard.Text(
            texts.Format(
                TextKey.AbsenceLine,
                member.Name,
                Formats.Date(texts, member.Away!.From),
                Formats.Date(texts, member.Away.To)
            )
        );
        return canCancel
            ? AdaptiveCard.Container([
                line,
                AdaptiveCard.Buttons([
                    AdaptiveCard.Execute(
                        texts[TextKey.ButtonCancelAbsence],
                        Verbs.CancelAbsence,
                        new JsonObject { [CardData.Group] = group, [CardData.Member] = member.AadObjectId }
                    ),
                ]),
            ])
            : line;
    }
}
