using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// A person's unfinished actions for the chairs to hand over (nodošana), e.g. when they left the group: each with one
/// press to their institution's deputy or another representative, or to anyone else in the group.
/// </summary>
public static class HandoverCard
{
    public const string To = "handoverTo";

    /// <summary>At most this many actions per card; the rest come as the first are handed over.</summary>
    public const int MaxShown = 6;

    private const int MaxSuggested = 2;

    public static JsonObject Build(
        TextSet texts,
        Group group,
        Member person,
        IReadOnlyList<ActionItem> actions,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions,
        DateOnly today,
        Notice? notice = null
    )
    {
        var theirs = Of(actions, person);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.HandoverTitle, person.Name)),
            .. Notices.Block(notice),
            theirs.Count == 0
                ? AdaptiveCard.Text(texts.Format(TextKey.HandoverNone, person.Name))
                : AdaptiveCard.Text(texts.Format(TextKey.HandoverIntro, person.Name), subtle: true),
            .. theirs
                .Take(MaxShown)
                .Select(a => Item(texts, group, person, a, Suggested(person, members, institutions), members, today)),
            .. Paging.Shown(texts, MaxShown, theirs.Count),
        ];
        return AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonBackToPlan],
                    Verbs.Plan,
                    new JsonObject { [CardData.Group] = group.Key.GroupId }
                ),
            ]
        );
    }

    /// <summary>The person's unfinished actions, nearest deadline first.</summary>
    public static IReadOnlyList<ActionItem> Of(IEnumerable<ActionItem> actions, Member person) =>
        actions
            .Where(a => !a.Status.IsClosed() && a.IsResponsible(person.AadObjectId))
            .OrderBy(a => a.Deadline)
            .ThenBy(a => a.Number)
            .ToList();

    /// <summary>Who takes over first: the person's institution's deputy, then its other representatives, in the
    /// roster.</summary>
    private static IReadOnlyList<Member> Suggested(
        Member person,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions
    ) =>
        Institution.Of(institutions, person.AadObjectId) is { } institution
            ? new[] { institution.Deputy }
                .Concat(institution.Representatives)
                .OfType<string>()
                .Where(id => id != person.AadObjectId)
                .Select(id => members.FirstOrDefault(m => m.AadObjectId == id && m.InRoster))
                .OfType<Member>()
                .Take(MaxSuggested)
                .ToList()
            : [];

    private static JsonObject Item(
        TextSet texts,
        Group group,
        Member person,
        ActionItem action,
        IReadOnlyList<Member> suggested,
        IReadOnlyList<Member> members,
        DateOnly today
    )
    {
        JsonObject Data(string? to)
        {
            var data = new JsonObject
            {
                [CardData.Group] = group.Key.GroupId,
                [CardData.Action] = action.Number,
                [CardData.Member] = person.AadObjectId,
            };
            if (to is not null)
            {
                data[To] = to;
            }

            return data;
        }

        var input = To + "." + action.Number;
        JsonNode[] buttons =
        [
            .. suggested.Select(m =>
                AdaptiveCard.Execute(
                    texts.Format(TextKey.ButtonHandTo, Formats.Short(m.Name, 40)),
                    Verbs.HandOver,
                    Data(m.AadObjectId)
                )
            ),
            AdaptiveCard.ShowCard(
                texts[TextKey.ButtonHandToOther],
                [
                    PeoplePicker.Input(
                        texts,
                        input,
                        texts[TextKey.FieldHandTo],
                        group.Key.GroupId,
                        members,
                        [],
                        multiSelect: false
                    ),
                ],
                [
                    AdaptiveCard.Execute(
                        texts[TextKey.ButtonSave],
                        Verbs.HandOver,
                        Data(null).With(CardData.InputName, input),
                        primary: true
                    ),
                ]
            ),
        ];
        return AdaptiveCard.Container(
            [
                AdaptiveCard.Text(Formats.ShortTitle(action)),
                AdaptiveCard.Text(
                    $"{Formats.Due(texts, action, today)} · {Formats.Status(texts, action.Status)}",
                    subtle: true
                ),
                AdaptiveCard.Buttons(AdaptiveCard.AtMostThree(buttons, texts[TextKey.ButtonMore])),
            ],
            separator: true
        );
    }
}
