using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>For chairs: add, rename and retire the plan's areas. Retiring keeps the area's actions.</summary>
public static class AreasCard
{
    public static string RenameInput(string areaId) => $"{ActionForm.AreaName}.{areaId}";

    private const int PageSize = 10;

    /// <param name="page">Which page of areas, from 0; past the last one means the last.</param>
    public static JsonObject Build(TextSet texts, Group group, Plan plan, string? notice = null, int? page = null)
    {
        var groupData = new JsonObject { [CardData.Group] = group.Key.GroupId };
        var areas = plan.ActiveAreas.ToList();
        var paging = Paging.Of(areas.Count, PageSize, page);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.AreasTitle]),
            .. notice is null ? Array.Empty<JsonNode>() : [AdaptiveCard.Attention(notice)],
            .. paging.Take(areas, PageSize).Select(a => AreaRow(texts, group, a, paging.Page)),
            .. paging.Blocks(texts, Verbs.Areas, groupData),
            CardInputs.Text(ActionForm.AreaName, texts[TextKey.AreaNewName], maxLength: FreeText.AreaName),
        ];
        return AdaptiveCard.Create(
            body,
            [AdaptiveCard.Execute(texts[TextKey.ButtonAddArea], Verbs.AddArea, groupData, primary: true)]
        );
    }

    private static JsonObject AreaRow(TextSet texts, Group group, Area area, int page)
    {
        var data = new JsonObject
        {
            [CardData.Group] = group.Key.GroupId,
            [CardData.Area] = area.Id,
            [CardData.Page] = page,
        };
        return AdaptiveCard.Container(
            [
                AdaptiveCard.Subheading(area.DisplayName(texts)),
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
                    AdaptiveCard.Execute(texts[TextKey.ButtonRetire], Verbs.RetireArea, data),
                ]),
            ],
            separator: true
        );
    }
}
