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

    /// <summary>Teams locales such as "lv-LV" or "lv" mean Latvian; everything else, or nothing, means English.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("lv", StringComparison.OrdinalIgnoreCase) ? Language.Latvian : Language.English;

    public static CultureInfo Culture(this Language language) =>
        language == Language.Latvian ? LatvianCulture : EnglishCulture;
}
