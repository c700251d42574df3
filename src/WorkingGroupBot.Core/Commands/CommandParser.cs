using System.Globalization;
using System.Text;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>Reads a typed command in English or Latvian, whatever the person's locale; case and punctuation don't matter.</summary>
public static class CommandParser
{
    private static readonly Dictionary<string, BotCommand> ByWords = CommandCatalog.All
        .SelectMany(c => Texts.Texts.InAllLanguages(c.Keyword).Append(c.Verb).Select(word => (Word: Normalize(word), c.Command)))
        .DistinctBy(x => x.Word)
        .ToDictionary(x => x.Word, x => x.Command);

    private static readonly Dictionary<string, BotCommand> ByVerb = CommandCatalog.All.ToDictionary(c => c.Verb, c => c.Command);

    public static BotCommand Parse(string? text) =>
        text is not null && ByWords.TryGetValue(Normalize(text), out var command) ? command : BotCommand.Unknown;

    public static BotCommand FromVerb(string? verb) =>
        verb is not null && ByVerb.TryGetValue(verb, out var command) ? command : BotCommand.Unknown;

    private static string Normalize(string text)
    {
        var words = text.Trim().ToLower(CultureInfo.InvariantCulture)
            .Split((char[])[' ', '\t', '\r', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '!', '?', ':', ';', '"', '\''));
        return string.Join(' ', words.Where(w => w.Length > 0)).Normalize(NormalizationForm.FormC);
    }
}
