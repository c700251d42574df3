using System.Globalization;
using System.Resources;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Localization;

public sealed class TextsTests
{
    private static readonly ResourceManager Resources = new("WorkingGroupBot.Texts.Strings", typeof(TextKey).Assembly);

    public static TheoryData<TextKey> Keys => new(Enum.GetValues<TextKey>());

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_text_exists_in_english_and_in_latvian(TextKey key)
    {
        var english = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var latvian = Resources.GetResourceSet(CultureInfo.GetCultureInfo("lv"), createIfNotExists: true, tryParents: false)!;

        Assert.False(string.IsNullOrWhiteSpace(english.GetString(key.ToString())), $"{key} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(latvian.GetString(key.ToString())), $"{key} has no Latvian text");
    }

    [Theory]
    [InlineData("lv", Language.Latvian)]
    [InlineData("lv-LV", Language.Latvian)]
    [InlineData("LV-lv", Language.Latvian)]
    [InlineData("en-US", Language.English)]
    [InlineData("ru-RU", Language.English)]
    [InlineData(null, Language.English)]
    public void The_language_follows_the_teams_locale(string? locale, Language expected) =>
        Assert.Equal(expected, Languages.FromLocale(locale));

    [Fact]
    public void Latvian_texts_are_latvian() =>
        Assert.Equal("palīdzība", TextSet.For(Language.Latvian)[TextKey.CommandHelp]);
}
