using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>A button the bot put on a card (its data) and the ids of the card's inputs, which Teams merges into the data.</summary>
public sealed record Button(string Kind, JsonObject Data, IReadOnlyList<string> Inputs)
{
    /// <summary>Every Action.Execute and Action.Submit on the card, and its refresh action.</summary>
    public static IEnumerable<Button> On(JsonObject card)
    {
        var nodes = Nodes(card).ToList();
        var inputs = nodes.Where(n => n["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && n["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) && n["id"] is JsonValue)
            .Select(n => n["id"]!.GetValue<string>()).Distinct().ToList();
        foreach (var node in nodes)
        {
            if (node["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && node["type"]!.GetValue<string>() is "Action.Execute" or "Action.Submit"
                && node["data"] is JsonObject data)
            {
                yield return new Button(node["type"]!.GetValue<string>(), (JsonObject)data.DeepClone(), inputs);
            }
        }
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Nodes(p.Value)).Prepend(o),
        JsonArray a => a.SelectMany(n => n is null ? [] : Nodes(n)),
        _ => [],
    };
}
