using System.Globalization;
using System.Resources;

namespace WorkingGroupBot.Texts;

/// <summary>The words a person reads, in one language, from the Strings resources.</summary>
public sealed class Texts
{
    private static readonly ResourceManager Resources = new("WorkingGroupBot.Texts.Strings", typeof(Texts).Assembly);
    private static readonly Texts EnglishTexts = new(Language.English);
    private static readonly Texts LatvianTexts = new(Language.Latvian);

    private readonly CultureInfo culture;

    private Texts(Language language)
    {
        Language = language;
        culture = language.Culture();
    }

    public Language Language { get; }

    public static Texts For(Language language) => language == Language.Latvian ? LatvianTexts : EnglishTexts;

    public string this[TextKey key] =>
        Resources.GetString(key.ToString(), culture) ?? throw new MissingManifestResourceException(key.ToString());

    public string Format(TextKey key, params object[] args) => string.Format(culture, this[key], args);

    /// <summary>The value of a key in every language, e.g. to accept a command typed in either.</summary>
    public static IEnumerable<string> InAllLanguages(TextKey key) => [EnglishTexts[key], LatvianTexts[key]];
}
