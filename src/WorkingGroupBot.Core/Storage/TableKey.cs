using System.Text;
using System.Text.RegularExpressions;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Turns ids from Teams into table keys. Keys may not hold '/', '\', '#', '?' or control characters; '|' joins the
/// parts of a composite key, and '%' escapes, so both are escaped too and a composite key can never be ambiguous.
/// </summary>
public static class TableKey
{
    public static string Of(params string[] parts) => string.Join('|', parts.Select(Escape));

    /// <summary>The parts of a composite key, unescaped.</summary>
    public static IReadOnlyList<string> PartsOf(string key) =>
        key.Split('|')
            .Select(part =>
                Regex.Replace(part, "%([0-9A-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString())
            )
            .ToList();

    private static string Escape(string value)
    {
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                escaped.Append('%').Append(((int)c).ToString("X4"));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' or '|' || char.IsControl(c);
}
