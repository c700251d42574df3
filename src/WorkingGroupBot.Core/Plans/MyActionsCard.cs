using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The caller's unfinished actions, overdue first and then by deadline, a page at a time so the card stays well under
/// Teams' message size limit.
/// </summary>
public static class MyActionsCard
{
    public const int PageSize = 6;

    public static JsonObject Build(
        TextSet texts,
        IReadOnlyList<ActionView> mine,
        int page,
        bool showGroups,
        Notice? notice = null
    )
    {
        var pages = Math.Max(1, (mine.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var shown = mine.Skip(page * PageSize).Take(PageSize).ToList();
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MyActionsTitle, mine.Count)),
            .. Notices.Block(notice),
            .. mine.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.MyActionsNone])]
                : shown.Select((v, i) => Item(texts, v, page, i, showGroups)),
            .. pages > 1
                ? [AdaptiveCard.Text(texts.Format(TextKey.PageOf, page + 1, pages), subtle: true)]
                : Array.Empty<JsonNode>(),
        ];
        var paging = new List<JsonNode>();
        if (page > 0)
        {
            paging.Add(
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonPrevious],
                    Verbs.MyActions,
                    new JsonObject { [CardData.Page] = page - 1 }
                )
            );
        }

        if (page < pages - 1)
        {
            paging.Add(
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonNext],
                    Verbs.MyActions,
                    new JsonObject { [CardData.Page] = page + 1 }
                )
            );
        }

        return AdaptiveCard.Create(body, paging);
    }

    private static JsonObject Item(TextSet texts, ActionView view, int page, int index, bool showGroups)
    {
        var action = view.Action;
        var listData = new JsonObject { [CardData.View] = CardData.ListView, [CardData.Page] = page };
        var deadline = $"{Formats.Due(texts, action, view.Today)} · {Formats.Status(texts, action.Status)}";
        return AdaptiveCard.Container(
            [
                AdaptiveCard.Subheading(Formats.Title(action)),
                .. showGroups ? [AdaptiveCard.Text(view.Group.Name, subtle: true)] : Array.Empty<JsonNode>(),
                action.IsOverdue(view.Today) ? AdaptiveCard.Attention(deadline) : AdaptiveCard.Text(deadline),
                AdaptiveCard.Buttons(
                    ActionButtons.For(
                        texts,
                        view,
                        listData,
                        inputSuffix: "." + index,
                        open: true,
                        back: new Back(Verbs.MyActions, null, page)
                    )
                ),
            ],
            separator: true
        );
    }
}
