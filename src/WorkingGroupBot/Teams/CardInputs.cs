using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Teams;

internal static class CardInputs
{
    /// <summary>Card data as the SDK hands it over (a Newtonsoft object, or anything at all when forged).</summary>
    public static CardInput From(object? value) =>
        value is JObject data
            ? new CardInput(JsonNode.Parse(data.ToString(Formatting.None)) as JsonObject)
            : CardInput.None;
}
