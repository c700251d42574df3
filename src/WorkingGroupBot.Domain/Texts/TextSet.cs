using System.Globalization;
using System.Resources;

namespace WorkingGroupBot.Texts;

/// <summary>The words a person reads, in one language, from the Strings resources.</summary>
public sealed class TextSet
{
    private static readonly ResourceManager Resources = new("WorkingGroupBot.Texts.Strings", typeof(TextSet).Assembly);
    private static readonly TextSet EnglishTexts = new(Language.English);
    private static readonly TextSet LatvianTexts = new(Language.Latvian);

    private readonly CultureInfo culture;

    private TextSet(Language language)
    {
        Language = language;
        culture = language.Culture();
    }

    public Language Language { get; }

    public static TextSet For(Language language) => language == Language.Latvian ? LatvianTexts : EnglishTexts;

    public string this[TextKey key] =>
        Resources.GetString(key.ToString(), culture) ?? throw new MissingManifestResourceException(key.ToString());

    public string Format(TextKey key, params object[] args) => string.Format(culture, this[key], args);

    /// <summary>The value of a key in every language, e.g. to accept a command typed in either.</summary>
    public static IEnumerable<string> InAllLanguages(TextKey key) => [EnglishTexts[key], LatvianTexts[key]];
}
