using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Harness;

public static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject o, string name, JsonNode? value)
    {
        o[name] = value;
        return o;
    }

    public static JsonObject Without(this JsonObject o, string name)
    {
        o.Remove(name);
        return o;
    }
}
