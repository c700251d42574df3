using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// For chairs: add, rename and retire the plan's areas, and choose the institution suggested for each area's actions.
/// Retiring keeps the area's actions.
/// </summary>
public static class AreasCard
{
    public static string RenameInput(string areaId) => $"{ActionForm.AreaName}.{areaId}";

    public static string InstitutionInput(string areaId) => $"{ActionForm.Institution}.{areaId}";

    private const int PageSize = 10;

    /// <param name="page">Which page of areas, from 0; past the last one means the last.</param>
    public static JsonObject Build(
        TextSet texts,
        Group group,
        Plan plan,
        IReadOnlyList<Institution> institutions,
        string? notice = null,
        int? page = null,
        string? choosingFor = null
    )
    {
        var groupData = new JsonObject { [CardData.Group] = group.Key.GroupId };
        var areas = plan.ActiveAreas.ToList();
        var paging = Paging.Of(areas.Count, PageSize, page);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.AreasTitle]),
            .. notice is null ? Array.Empty<JsonNode>() : [AdaptiveCard.Attention(notice)],
            .. paging
                .Take(areas, PageSize)
                .Select(a => AreaRow(texts, group, a, institutions, paging.Page, a.Id == choosingFor)),
            .. paging.Blocks(texts, Verbs.Areas, groupData),
            CardInputs.Text(ActionForm.AreaName, texts[TextKey.AreaNewName], maxLength: FreeText.AreaName),
        ];
        return AdaptiveCard.Create(
            body,
            [AdaptiveCard.Execute(texts[TextKey.ButtonAddArea], Verbs.AddArea, groupData, primary: true)]
        );
    }

    private static JsonObject AreaRow(
        TextSet texts,
        Group group,
        Area area,
        IReadOnlyList<Institution> institutions,
        int page,
        bool choosing
    )
    {
        var data = new JsonObject
        {
            [CardData.Group] = group.Key.GroupId,
            [CardData.Area] = area.Id,
            [CardData.Page] = page,
        };
        var suggested = institutions.FirstOrDefault(i => i.Id == area.Institution);
        return AdaptiveCard.Container(
            [
                AdaptiveCard.Subheading(area.DisplayName(texts)),
                .. suggested is null
                    ? Array.Empty<JsonNode>()
                    :
                    [
                        AdaptiveCard.Text(
                            $"{texts[TextKey.FieldAreaInstitution]}: {suggested.DisplayName(texts)}",
                            subtle: true
                        ),
                    ],
                AdaptiveCard.Buttons([
                    AdaptiveCard.ShowCard(
                        texts[TextKey.ButtonRename],
                        [
                            CardInputs.Text(
                                RenameInput(area.Id),
                                texts[TextKey.AreaNewName],
                                area.DisplayName(texts),
                                maxLength: FreeText.AreaName
                            ),
                        ],
                        [AdaptiveCard.Execute(texts[TextKey.ButtonSave], Verbs.RenameArea, data)]
                    ),
                    .. institutions.Count == 0 || choosing
                        ? Array.Empty<JsonNode>()
                        :
                        [
                            AdaptiveCard.Execute(
                                texts[TextKey.ButtonAreaInstitution],
                                Verbs.ChooseAreaInstitution,
                                data
                            ),
                        ],
                    AdaptiveCard.Execute(texts[TextKey.ButtonRetire], Verbs.RetireArea, data),
                ]),
                // One area's chooser at a time: thirty institutions under every area would not fit a card.
                .. choosing
                    ?
                    [
                        CardInputs.Choices(
                            InstitutionInput(area.Id),
                            texts[TextKey.FieldAreaInstitution],
                            Institution
                                .Ordered(institutions, texts)
                                .Select(i => (Formats.Short(i.DisplayName(texts), 100), i.Id)),
                            suggested?.Id
                        ),
                        AdaptiveCard.Buttons([
                            AdaptiveCard.Execute(
                                texts[TextKey.ButtonSave],
                                Verbs.SetAreaInstitution,
                                data,
                                primary: true
                            ),
                        ]),
                    ]
                    : Array.Empty<JsonNode>(),
            ],
            separator: true
        );
    }
}
