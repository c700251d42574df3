using System.Text.RegularExpressions;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The plan is about prevention work, never about a child or a case: text that looks like a Latvian personal code
/// (DDMMYY-NNNNN with a real date, or the newer 32NNNN-NNNNN codes, with or without the hyphen) is refused.
/// </summary>
public static partial class PersonalDataGuard
{
    public static bool LooksLikePersonalData(string? text) =>
        text is not null && PersonalCode().Matches(text).Any(m => IsPersonalCode(m.Groups["date"].Value));

    private static bool IsPersonalCode(string first6) =>
        first6.StartsWith("32", StringComparison.Ordinal) ||
        DateOnly.TryParseExact(first6, "ddMMyy", out _);

    [GeneratedRegex(@"(?<!\d)(?<date>\d{6})[-‐–\s]?\d{5}(?!\d)")]
    private static partial Regex PersonalCode();
}
