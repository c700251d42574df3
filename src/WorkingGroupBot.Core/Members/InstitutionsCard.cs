using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// The group's institutions with their representatives and deputy. Chairs add one from the usual list or by name, and
/// tap one to change or remove it; everyone else reads the list.
/// </summary>
public static class InstitutionsCard
{
    public const string Kind = "instKind";
    public const string Name = "instName";
    public const string Representatives = "instReps";
    public const string Deputy = "instDeputy";

    /// <summary>At most this many representatives are named per institution on the list; the rest are
    /// counted.</summary>
    private const int MaxNamesShown = 3;

    /// <summary>The kind input's value for an institution the chair names.</summary>
    public const string Other = "other";

    /// <param name="editing">The institution whose form is shown (alone), or null: the list, with the add form under a
    /// button.</param>
    public static JsonObject Build(
        TextSet texts,
        Membership viewer,
        IReadOnlyList<Institution> institutions,
        IReadOnlyList<Member> members,
        Notice? notice = null,
        Institution? editing = null
    )
    {
        var group = viewer.Group.Key.GroupId;
        var isChair = viewer.Member.IsChair;
        var ordered = Institution.Ordered(institutions, texts);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.InstitutionsTitle, viewer.Group.Name)),
            .. Notices.Block(notice),
            AdaptiveCard.Text(texts[TextKey.InstitutionsIntro], subtle: true),
            .. editing is not null ? Array.Empty<JsonNode>()
            : ordered.Count == 0 ? [AdaptiveCard.Text(texts[TextKey.InstitutionsNone])]
            : ordered.Select(i => Entry(texts, i, members, isChair ? group : null)),
            .. isChair && editing is not null
                ?
                [
                    AdaptiveCard.Subheading(texts.Format(TextKey.InstitutionEditTitle, editing.DisplayName(texts))),
                    .. Form(texts, viewer, institutions, members, editing),
                ]
                : Array.Empty<JsonNode>(),
        ];
        var data = new JsonObject { [CardData.Group] = group };
        JsonNode[] actions = isChair
            ? editing is not null
                ?
                [
                    AdaptiveCard.Execute(
                        texts[TextKey.ButtonSave],
                        Verbs.SaveInstitution,
                        new JsonObject { [CardData.Group] = group, [CardData.Institution] = editing.Id },
                        primary: true
                    ),
                    AdaptiveCard.Confirmed(
                        texts[TextKey.ButtonRemove],
                        texts[TextKey.ConfirmRemoveInstitution],
                        texts[TextKey.ButtonConfirm],
                        Verbs.RemoveInstitution,
                        new JsonObject { [CardData.Group] = group, [CardData.Institution] = editing.Id }
                    ),
                    AdaptiveCard.Execute(texts[TextKey.ButtonBack], Verbs.Institutions, data),
                ]
                : ordered.Count >= Institution.Max
                    ? [AdaptiveCard.Execute(texts[TextKey.ButtonMembers], Verbs.Members, data)]
                    :
                    [
                        AdaptiveCard.ShowCard(
                            texts[TextKey.ButtonAddInstitution],
                            Form(texts, viewer, institutions, members, editing: null),
                            [
                                AdaptiveCard.Execute(
                                    texts[TextKey.ButtonSave],
                                    Verbs.SaveInstitution,
                                    data,
                                    primary: true
                                ),
                            ]
                        ),
                        AdaptiveCard.Execute(texts[TextKey.ButtonMembers], Verbs.Members, data),
                    ]
            : [AdaptiveCard.Execute(texts[TextKey.ButtonMembers], Verbs.Members, data)];
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>One institution: its name, its first representatives and its deputy; a chair taps it to change
    /// it.</summary>
    /// <param name="editableIn">The group, when the viewer is a chair.</param>
    private static JsonNode Entry(
        TextSet texts,
        Institution institution,
        IReadOnlyList<Member> members,
        string? editableIn
    )
    {
        string Name(string id) => Formats.Short(Formats.NameOf(members, id), 30);
        var representatives =
            string.Join(", ", institution.Representatives.Take(MaxNamesShown).Select(Name))
            + (
                institution.Representatives.Count > MaxNamesShown
                    ? $" +{institution.Representatives.Count - MaxNamesShown}"
                    : ""
            );
        var entry = AdaptiveCard.Container(
            [
                AdaptiveCard.Text($"**{AdaptiveCard.Literal(Formats.Short(institution.DisplayName(texts), 100))}**"),
                AdaptiveCard.Text(
                    texts.Format(TextKey.InstitutionRepresentatives, representatives)
                        + " · "
                        + texts.Format(
                            TextKey.InstitutionDeputy,
                            institution.Deputy is { } deputy ? Name(deputy) : "—"
                        ),
                    subtle: true
                ),
            ],
            separator: true
        );
        return editableIn is null
            ? entry
            : AdaptiveCard.Tappable(
                entry,
                Verbs.EditInstitution,
                new JsonObject { [CardData.Group] = editableIn, [CardData.Institution] = institution.Id }
            );
    }

    /// <summary>The inputs: which institution (a new one only), its name when the chairs name it, its people.</summary>
    private static IEnumerable<JsonNode> Form(
        TextSet texts,
        Membership viewer,
        IReadOnlyList<Institution> institutions,
        IReadOnlyList<Member> members,
        Institution? editing
    )
    {
        var group = viewer.Group.Key.GroupId;
        if (editing is null)
        {
            var unused = Institution.BuiltIn.Where(k => !institutions.Any(i => i.Kind == k));
            yield return CardInputs.Choices(
                Kind,
                texts[TextKey.FieldInstitution],
                [.. unused.Select(k => (texts[k], k.ToString())), (texts[TextKey.InstitutionOther], Other)],
                value: unused.Select(k => k.ToString()).FirstOrDefault() ?? Other
            );
        }

        if (editing is null || editing.Kind is null)
        {
            yield return CardInputs.Text(Name, texts[TextKey.FieldInstitutionName], editing?.Name, maxLength: 100);
        }

        yield return PeoplePicker.Input(
            texts,
            Representatives,
            texts[TextKey.FieldRepresentatives],
            group,
            members,
            editing?.Representatives ?? [],
            required: true,
            error: texts[TextKey.ProblemInstitutionPeople]
        );
        yield return PeoplePicker.Input(
            texts,
            Deputy,
            texts[TextKey.FieldDeputy],
            group,
            members,
            editing?.Deputy is { } deputy ? [deputy] : [],
            multiSelect: false
        );
    }
}
