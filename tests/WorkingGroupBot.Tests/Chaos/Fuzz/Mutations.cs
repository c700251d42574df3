using System.Text;
using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>Blind changes to a request: to any field of the activity, or to the bytes of the body.</summary>
public static class Mutations
{
    /// <summary>One blind change anywhere in the activity: a field removed, retyped, set to junk or to someone else's id.</summary>
    public static string Mutate(Random random, JsonObject activity, Func<Random, JsonNode?> foreignId)
    {
        var slots = Slots(activity).ToList();
        var (parent, key, index, name) = slots[random.Next(slots.Count)];
        switch (random.Next(6))
        {
            case 0:
                if (parent is JsonObject o)
                {
                    o.Remove(key!);
                }
                else
                {
                    ((JsonArray)parent).RemoveAt(index!.Value);
                }

                return "removed " + name;
            case 1:
                Set(parent, key, index, Junk.Value(random));
                return "retyped " + name;
            case 2:
                Set(parent, key, index, Junk.String(random));
                return "junk in " + name;
            case 3:
                Set(parent, key, index, foreignId(random));
                return "foreign id in " + name;
            case 4:
                Set(parent, key, index, Junk.Huge(random, random.Next(2) == 0 ? random.Next(1_000, 100_000) : random.Next(250_000, 270_000)));
                return "huge string in " + name;
            default:
                var objects = slots.Select(s => s.Parent).OfType<JsonObject>().Distinct().ToList();
                var target = objects[random.Next(objects.Count)];
                target["extra" + random.Next(100)] = Junk.Value(random);
                return "extra field";
        }
    }

    private static void Set(JsonNode parent, string? key, int? index, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[key!] = value;
        }
        else
        {
            ((JsonArray)parent)[index!.Value] = value;
        }
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int? Index, string Path)> Slots(JsonNode? node, string path = "") => node switch
    {
        JsonObject o => o.ToList().SelectMany(p => Slots(p.Value, $"{path}.{p.Key}").Prepend((o, p.Key, (int?)null, $"{path}.{p.Key}"))),
        JsonArray a => a.Select((item, i) => (item, i)).ToList().SelectMany(x => Slots(x.item, $"{path}[{x.i}]").Prepend((a, null, x.i, $"{path}[{x.i}]"))),
        _ => [],
    };

    /// <summary>Breaks the body itself: cut off, garbled, nested too deep, not UTF-8, or over the size limit.</summary>
    public static (string How, byte[] Body) Raw(Random random, byte[] body)
    {
        switch (random.Next(8))
        {
            case 0:
                return ("cut off", body[..random.Next(body.Length)]);
            case 1:
                // Not in the reply address: a garbled host name would send the bot out to the network.
                var garbled = (byte[])body.Clone();
                var url = Encoding.UTF8.GetString(body).IndexOf("\"serviceUrl\"", StringComparison.Ordinal);
                for (var i = random.Next(1, 20); i > 0; i--)
                {
                    var at = random.Next(garbled.Length);
                    if (url < 0 || at < url || at > url + 80)
                    {
                        garbled[at] = (byte)random.Next(256);
                    }
                }

                return ("garbled bytes", garbled);
            case 2:
                var depth = random.Next(30, 200);
                return ($"nested {depth} deep", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":[", depth)) + Encoding.UTF8.GetString(body) + string.Concat(Enumerable.Repeat("]}", depth))));
            case 3:
                var text = Encoding.UTF8.GetString(body);
                var quote = text.IndexOf('"', random.Next(text.Length));
                return ("lone surrogate", Encoding.UTF8.GetBytes(quote < 0 ? text : text.Insert(quote + 1, "\\ud800")));
            case 4:
                return ("duplicate keys", Encoding.UTF8.GetBytes("{\"type\":\"invoke\",\"type\":\"message\"," + Encoding.UTF8.GetString(body)[1..]));
            case 5:
                return ("byte order mark", [0xEF, 0xBB, 0xBF, .. body]);
            case 6:
                var size = random.Next(2) == 0 ? random.Next(255_000, 262_000) : random.Next(262_200, 400_000);
                var padded = Encoding.UTF8.GetString(body)[..^1] + ",\"pad\":\"" + new string(' ', Math.Max(0, size - body.Length - 10)) + "\"}";
                return ($"padded to {size / 1024} KB", Encoding.UTF8.GetBytes(padded));
            default:
                return ("not JSON", [.. Enumerable.Range(0, random.Next(1, 500)).Select(_ => (byte)random.Next(256))]);
        }
    }
}
