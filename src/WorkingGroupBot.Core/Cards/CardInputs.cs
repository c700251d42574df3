using System.Text.Json.Nodes;

namespace WorkingGroupBot.Cards;

/// <summary>Adaptive Card inputs; every input has an id and a visible label.</summary>
public static class CardInputs
{
    public static JsonObject Text(
        string id,
        string label,
        string? value = null,
        bool multiline = false,
        int maxLength = 200,
        bool required = false,
        string? error = null
    ) =>
        Input("Input.Text", id, label, required, error)
            .Set("value", value)
            .Set("isMultiline", multiline ? true : null)
            .Set("maxLength", maxLength);

    /// <param name="filtered">A long list: the person types to narrow it (style "filtered").</param>
    public static JsonObject Choices(
        string id,
        string label,
        IEnumerable<(string Title, string Value)> choices,
        string? value = null,
        bool multiSelect = false,
        bool required = false,
        string? error = null,
        bool filtered = false
    ) =>
        Input("Input.ChoiceSet", id, label, required, error)
            .Set(
                "choices",
                new JsonArray([
                    .. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }),
                ])
            )
            .Set("value", value)
            .Set("isMultiSelect", multiSelect ? true : null)
            .Set(
                "style",
                filtered ? "filtered"
                    : multiSelect ? "expanded"
                    : "compact"
            );

    public static JsonObject Date(
        string id,
        string label,
        DateOnly? value,
        DateOnly? min,
        bool required = false,
        string? error = null
    ) =>
        Input("Input.Date", id, label, required, error)
            .Set("value", value?.ToString("yyyy-MM-dd"))
            .Set("min", min?.ToString("yyyy-MM-dd"));

    public static JsonObject Time(string id, string label, TimeOnly? value) =>
        Input("Input.Time", id, label, required: false, error: null).Set("value", value?.ToString("HH:mm"));

    private static JsonObject Input(string type, string id, string label, bool required, string? error) =>
        new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["label"] = label,
        }
            .Set("isRequired", required ? true : null)
            .Set("errorMessage", error);

    private static JsonObject Set(this JsonObject o, string name, JsonNode? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }

        return o;
    }
}
