using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// A list of the plan's actions (an area's, a person's, no one's), a page at a time: each as "title — who — due —
/// status", overdue marked by sign and word; tapping one opens it, with Back to this page.
/// </summary>
public static class ActionListCard
{
    public const int PageSize = 10;

    /// <param name="of">Which list (see <see cref="ActionLists"/>).</param>
    public static JsonObject Build(
        TextSet texts,
        Group group,
        string title,
        IReadOnlyList<ActionView> views,
        string of,
        int? page,
        JsonNode? chairAction = null
    )
    {
        var data = new JsonObject { [CardData.Group] = group.Key.GroupId, [CardData.Of] = of };
        var paging = Paging.Of(views.Count, PageSize, page);
        var back = new Back(Verbs.ListActions, of, paging.Page);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(title),
            .. views.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.ActionListEmpty], subtle: true)]
                : paging.Take(views, PageSize).Select(v => Item(texts, v, back)),
            .. paging.Blocks(texts, Verbs.ListActions, data),
        ];
        JsonNode toPlan = AdaptiveCard.Execute(
            texts[TextKey.ButtonBackToPlan],
            Verbs.Plan,
            new JsonObject { [CardData.Group] = group.Key.GroupId }
        );
        return AdaptiveCard.Create(body, chairAction is null ? [toPlan] : [toPlan, chairAction]);
    }

    /// <summary>One action as a tappable line: its title, then who, when and how it stands.</summary>
    public static JsonObject Item(TextSet texts, ActionView view, Back back)
    {
        var action = view.Action;
        var line =
            $"{Formats.People(action, view.Members)} · {Formats.Due(texts, action, view.Today)} · {Formats.Status(texts, action.Status)}";
        var item = AdaptiveCard.Container(
            [
                AdaptiveCard.Text(Formats.ShortTitle(action)),
                action.IsOverdue(view.Today) ? AdaptiveCard.Attention(line) : AdaptiveCard.Text(line, subtle: true),
            ],
            separator: true
        );
        return AdaptiveCard.Tappable(item, Verbs.OpenAction, ActionButtons.Data(view, back.Data()));
    }
}
