using System.Globalization;

namespace WorkingGroupBot.Texts;

public enum Language
{
    English,
    Latvian,
}

public static class Languages
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo LatvianCulture = CultureInfo.GetCultureInfo("lv");

    /// <summary>Teams locales such as "lv-LV" or "lv" mean Latvian; everything else, or nothing, means
    /// English.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("lv", StringComparison.OrdinalIgnoreCase)
            ? Language.Latvian
            : Language.English;

    /// <summary>A language by its exact name ("Latvian", "English"); null for anything else, numbers
    /// included.</summary>
    public static Language? FromName(string? name) =>
        Enum.GetNames<Language>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<Language>(name!) : null;

    public static CultureInfo Culture(this Language language) =>
        language == Language.Latvian ? LatvianCulture : EnglishCulture;
}
