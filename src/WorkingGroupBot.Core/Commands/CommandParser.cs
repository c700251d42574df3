using System.Globalization;
using System.Text;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>Reads a typed command in English or Latvian, whatever the person's locale; case and punctuation don't
/// matter.</summary>
public static class CommandParser
{
    private static readonly Dictionary<string, string> VerbsByWords = CommandCatalog
        .All.SelectMany(c => TextSet.InAllLanguages(c.Keyword).Select(words => (Words: Normalize(words), c.Verb)))
        .DistinctBy(x => x.Words)
        .ToDictionary(x => x.Words, x => x.Verb);

    /// <summary>The verb of a typed command, or null when the text is not one.</summary>
    public static string? Parse(string? text) =>
        text is not null && VerbsByWords.TryGetValue(Normalize(text), out var verb) ? verb : null;

    private static string Normalize(string text)
    {
        var words = text.Trim()
            .ToLower(CultureInfo.InvariantCulture)
            .Split((char[])[' ', '\t', '\r', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '!', '?', ':', ';', '"', '\''));
        return string.Join(' ', words.Where(w => w.Length > 0)).Normalize(NormalizationForm.FormC);
    }
}
