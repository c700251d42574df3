using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>Values that break assumptions: wrong types, edge numbers, hostile and odd Unicode strings, huge strings.</summary>
public static class Junk
{
    private static readonly string[] Strings =
    [
        "", " ", "\t\r\n", "\u0000", "\u0001\u0002\u001f", "\u202eevil\u202c", "\u200b\u200d\ufeff", "👩‍👩‍👧‍👦🏳️‍🌈", "Ā̴̡̛̗̤̱̩̃̅͋͝ī̸̢̧̜̖ū̶̝",
        "مرحبا بالعالم", "日本語テキスト", "\ud83d", "\udc00x", "'", "\"", "' or ''='", "') or true or ('", "|", "%7C", "%", "/", "\\",
        "#", "?", "..", "../../etc/passwd", "<script>alert(1)</script>", "<at>WorkingGroupBot</at>", "${{7*7}}", "{{card}}",
        "null", "undefined", "NaN", "-1", "0", "1e309", "020202-12345", "32123456789", "Done", "done ", "DONE", "5", "Cancelled",
        "2026-02-30", "2026-13-01", "9999-12-31", "0001-01-01", "25:61", "-00:01", "true", "[]", "{}",
        "2026-11-29T02:08:39+20:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-14:00", "2026-11-29T24:00:00Z",
        "19:team@thread.tacv2", "19:00000000000000000000000000000000@thread.v2", "a:personal", "28:00000000-0000-0000-0000-00000000b07",
        "00000000-0000-0000-0000-000000000000", "https://example.invalid/", "javascript:alert(1)",
    ];

    public static string String(Random random) => random.Next(10) switch
    {
        0 => new string('x', random.Next(9_990, 10_010)),
        1 => string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (char)random.Next(0, 0xFFFF))),
        _ => Strings[random.Next(Strings.Length)],
    };

    /// <summary>A string of about this many UTF-8 bytes, to push a body to or over the 256 KB limit.</summary>
    public static string Huge(Random random, int bytes) => new((char)random.Next('a', 'z' + 1), bytes);

    public static JsonNode? Number(Random random) => random.Next(12) switch
    {
        0 => 0,
        1 => -1,
        2 => int.MaxValue,
        3 => int.MinValue,
        4 => long.MaxValue,
        5 => 1e20,
        6 => 1.5,
        7 => -0.0,
        8 => decimal.MaxValue,
        9 => (double)long.MinValue,
        _ => random.Next(-5, 50),
    };

    /// <summary>Any JSON value at all, with a bias to the wrong types.</summary>
    public static JsonNode? Value(Random random, int depth = 0) => random.Next(depth > 2 ? 5 : 8) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => Number(random),
        3 or 4 => String(random),
        5 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, depth + 1)).ToArray()),
        6 => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create($"k{i}", Value(random, depth + 1)))),
        _ => new JsonArray(),
    };
}
