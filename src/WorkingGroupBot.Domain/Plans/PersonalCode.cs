using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Finds a Latvian personal code (DDMMYY-NNNNN with a real date, or the newer 32NNNN-NNNNN) however it is spelled:
/// the text is normalised first, and any run of separators may stand between the parts DD, MM, YY and NNNNN.
/// </summary>
public static partial class PersonalCode
{
    public static bool IsIn(string text) =>
        Candidate()
            .Matches(Normalise(text))
            .Any(m => IsCode(m.Groups["dd"].Value + m.Groups["mm"].Value + m.Groups["yy"].Value));

    /// <summary>
    /// NFKC (fullwidth and mathematical digits, fullwidth hyphens), digits of any script as ASCII digits, and format
    /// characters and combining marks removed: none of these makes two digits stop being neighbours to a reader.
    /// </summary>
    public static string Normalise(string text)
    {
        var composed = Map(text, _ => null).Normalize(NormalizationForm.FormKC);
        return Map(composed, rune =>
            Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber
                ? new Rune('0' + (int)Rune.GetNumericValue(rune))
                : null
        );
    }

    /// <summary>Rune by rune (a lone surrogate becomes U+FFFD, so NFKC cannot throw), without invisible
    /// characters.</summary>
    private static string Map(string text, Func<Rune, Rune?> replace)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (
                Rune.GetUnicodeCategory(rune)
                is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            )
            {
                result.Append((replace(rune) ?? rune).ToString());
            }
        }

        return result.ToString();
    }

    private static bool IsCode(string first6) =>
        first6.StartsWith("32", StringComparison.Ordinal)
        || DateOnly.TryParseExact(first6, "ddMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // A lookahead, so every start is tried even where candidates overlap; a separator is anything but a letter or a
    // digit.
    [GeneratedRegex(
        @"(?<![0-9])(?=(?<dd>[0-9]{2})[^\p{L}\p{N}]*(?<mm>[0-9]{2})[^\p{L}\p{N}]*(?<yy>[0-9]{2})[^\p{L}\p{N}]*[0-9]{5}(?![0-9]))"
    )]
    private static partial Regex Candidate();
}
