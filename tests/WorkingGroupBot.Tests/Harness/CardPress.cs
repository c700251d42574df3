using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>Finds the buttons and inputs on a card the way a person would, to press them in a test.</summary>
public static class CardPress
{
    /// <summary>The data of the (first) Action.Execute or Action.Submit with this verb whose data matches.</summary>
    public static JsonObject DataOf(JsonObject card, string verb, Func<JsonObject, bool>? where = null) =>
        Actions(card).Select(a => a["data"] as JsonObject)
            .FirstOrDefault(d => d?["verb"]?.GetValue<string>() == verb && (where?.Invoke(d) ?? true))?.DeepClone().AsObject()
        ?? throw new Xunit.Sdk.XunitException($"No button with verb '{verb}' on the card: {card.ToJsonString()}");

    /// <summary>
    /// The data of the Action.Submit fallback of the (first) Action.Execute with this verb whose data matches: what a
    /// Teams client that cannot run Action.Execute sends instead.
    /// </summary>
    public static JsonObject FallbackOf(JsonObject card, string verb, Func<JsonObject, bool>? where = null) =>
        Actions(card).Where(a => a["type"]!.GetValue<string>() == "Action.Execute" && a["data"] is JsonObject d
                && d["verb"]?.GetValue<string>() == verb && (where?.Invoke(d) ?? true))
            .Select(a => a["fallback"])
            .FirstOrDefault() is JsonObject { } fallback && fallback["type"]?.GetValue<string>() == "Action.Submit"
            ? fallback["data"]!.DeepClone().AsObject()
            : throw new Xunit.Sdk.XunitException($"No Action.Submit fallback on a button with verb '{verb}': {card.ToJsonString()}");

    public static bool HasButton(JsonObject card, string verb) =>
        Actions(card).Any(a => a["data"]?["verb"]?.GetValue<string>() == verb);

    /// <summary>The choices (value → title) of a choice set input.</summary>
    public static IReadOnlyDictionary<string, string> ChoicesOf(JsonObject card, string inputId) =>
        Nodes(card).OfType<JsonObject>().Single(n => n["id"]?.GetValue<string>() == inputId)["choices"]!.AsArray()
            .ToDictionary(c => c!["value"]!.GetValue<string>(), c => c!["title"]!.GetValue<string>());

    /// <summary>The value an input shows, or null when it has none.</summary>
    public static string? InputValue(JsonObject card, string inputId) =>
        Nodes(card).OfType<JsonObject>().Single(n => n["id"]?.GetValue<string>() == inputId)["value"]?.GetValue<string>();

    public static JsonObject With(this JsonObject data, params (string Name, JsonNode? Value)[] inputs)
    {
        foreach (var (name, value) in inputs)
        {
            data[name] = value;
        }

        return data;
    }

    private static IEnumerable<JsonObject> Actions(JsonObject card) =>
        Nodes(card).OfType<JsonObject>().Where(n => n["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit");

    private static IEnumerable<JsonNode> Nodes(JsonNode node) => node switch
    {
        JsonObject o => o.Where(p => p.Key != "refresh").SelectMany(p => p.Value is null ? [] : Nodes(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(n => n is null ? [] : Nodes(n)),
        _ => [],
    };
}
