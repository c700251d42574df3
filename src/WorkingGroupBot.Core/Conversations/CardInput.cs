using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace WorkingGroupBot.Conversations;

/// <summary>
/// The data of a pressed card button merged with the card's inputs, read defensively: a missing, mistyped or
/// oversized value reads as absent, never as an exception. Nothing read here is trusted as identity or permission.
/// </summary>
public sealed class CardInput(JsonObject? data)
{
    private const int MaxLength = 10_000;

    public static CardInput None { get; } = new(null);

    public string? String(string name) =>
        data?[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length <= MaxLength
            ? text
            : null;

    public string Text(string name) => String(name)?.Trim() ?? "";

    public int? Int(string name) =>
        data?[name] switch
        {
            JsonValue v when v.TryGetValue<int>(out var n) => n,
            JsonValue v
                when v.TryGetValue<string>(out var s)
                    && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };

    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(
            String(name),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : null;

    public TimeOnly? Time(string name) =>
        TimeOnly.TryParseExact(String(name), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    /// <summary>A multi-select choice set sends its values comma-separated.</summary>
    public IReadOnlyList<string> List(string name) =>
        (String(name) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct()
            .ToList();

    /// <summary>A digest of everything submitted: a repeat of a submission (a double press, a retried invoke) has the
    /// same.</summary>
    public string Digest()
    {
        var fields = (data ?? [])
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value?.ToJsonString());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields))), 0, 12);
    }
}
