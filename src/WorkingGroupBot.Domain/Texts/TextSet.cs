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

    /// <summary>
    /// A text about <paramref name="count"/> things in the plural form the language's rule asks for. Such a text holds
    /// three forms, "zero|one|other": Latvian uses the first after 0, 10–20, 30, … (jautājumu), the second after 1, 21,
    /// 31, … but not 11 (jautājums), the third otherwise (jautājumi); English has only "one" (1) and "other".
    /// </summary>
    public string Count(TextKey key, int count)
    {
        var forms = this[key].Split('|');
        if (forms.Length != 3)
        {
            throw new FormatException($"{key} must have three plural forms, zero|one|other");
        }

        return string.Format(culture, forms[(int)PluralOf(count)], count);
    }

    /// <summary>The plural form of a count in this language (CLDR's rules for Latvian and English).</summary>
    public PluralForm PluralOf(int count)
    {
        var n = Math.Abs(count);
        if (Language == Language.English)
        {
            return n == 1 ? PluralForm.One : PluralForm.Other;
        }

        return (n % 10, n % 100) switch
        {
            (0, _) or (_, >= 11 and <= 19) => PluralForm.Zero,
            (1, _) => PluralForm.One,
            _ => PluralForm.Other,
        };
    }

    /// <summary>The value of a key in every language, e.g. to accept a command typed in either.</summary>
    public static IEnumerable<string> InAllLanguages(TextKey key) => [EnglishTexts[key], LatvianTexts[key]];
}

/// <summary>The forms a counted word takes, in the order a plural text lists them.</summary>
public enum PluralForm
{
    Zero,
    One,
    Other,
}
