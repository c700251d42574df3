using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Harness;

public static class CardTexts
{
    /// <summary>Every text block, fact, label and button title of a card, one per line.</summary>
    public static string Of(JsonObject card) => string.Join("\n", Texts(card));

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "value" or "label" && p.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : p.Value is null ? [] : Texts(p.Value)),
        JsonArray a => a.SelectMany(item => item is null ? [] : Texts(item)),
        _ => [],
    };
}
