using System.Text.Json.Nodes;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

/// <summary>One page of a long list on a card, and the buttons to the pages beside it, so no card outgrows Teams'
/// limit.</summary>
public sealed record Paging(int Page, int Pages)
{
    public static Paging Of(int count, int pageSize, int? page)
    {
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(page ?? 0, 0, pages - 1), pages);
    }

    public IEnumerable<T> Take<T>(IEnumerable<T> items, int pageSize) => items.Skip(Page * pageSize).Take(pageSize);

    /// <summary>"Page 2 of 5" and Previous / Next, each pressing the verb again with the page in the data; nothing for
    /// one page.</summary>
    public IEnumerable<JsonNode> Blocks(TextSet texts, string verb, JsonObject data)
    {
        if (Pages == 1)
        {
            yield break;
        }

        yield return AdaptiveCard.Text(texts.Format(TextKey.PageOf, Page + 1, Pages), subtle: true);
        var buttons = new List<JsonNode>();
        if (Page > 0)
        {
            buttons.Add(AdaptiveCard.Execute(texts[TextKey.ButtonPrevious], verb, At(data, Page - 1)));
        }

        if (Page < Pages - 1)
        {
            buttons.Add(AdaptiveCard.Execute(texts[TextKey.ButtonNext], verb, At(data, Page + 1)));
        }

        yield return AdaptiveCard.Buttons(buttons);
    }

    /// <summary>"Showing 15 of 40." under a list cut short; nothing when all of it is shown.</summary>
    public static IEnumerable<JsonNode> Shown(TextSet texts, int shown, int total) =>
        total > shown ? [AdaptiveCard.Text(texts.Format(TextKey.ShowingOf, shown, total), subtle: true)] : [];

    private static JsonObject At(JsonObject data, int page)
    {
        var copy = (JsonObject)data.DeepClone();
        copy[CardData.Page] = page;
        return copy;
    }
}
