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

    [Theory]
    [InlineData(0, "Darba kārtībā: 0 jautājumu", "Agenda: 0 items")]
    [InlineData(1, "Darba kārtībā: 1 jautājums", "Agenda: 1 item")]
    [InlineData(2, "Darba kārtībā: 2 jautājumi", "Agenda: 2 items")]
    [InlineData(10, "Darba kārtībā: 10 jautājumu", "Agenda: 10 items")]
    [InlineData(11, "Darba kārtībā: 11 jautājumu", "Agenda: 11 items")]
    [InlineData(21, "Darba kārtībā: 21 jautājums", "Agenda: 21 items")]
    [InlineData(22, "Darba kārtībā: 22 jautājumi", "Agenda: 22 items")]
    [InlineData(111, "Darba kārtībā: 111 jautājumu", "Agenda: 111 items")]
    public void A_count_takes_the_plural_form_of_its_language(int count, string latvian, string english)
    {
        Assert.Equal(latvian, TextSet.For(Language.Latvian).Count(TextKey.AgendaSize, count));
        Assert.Equal(english, TextSet.For(Language.English).Count(TextKey.AgendaSize, count));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_text_with_plural_forms_has_all_three_in_both_languages(TextKey key)
    {
        foreach (var texts in new[] { TextSet.For(Language.Latvian), TextSet.For(Language.English) })
        {
            var forms = texts[key].Split('|');
            Assert.True(forms.Length is 1 or 3, $"{key} ({texts.Language}) has {forms.Length} forms");
            Assert.All(forms, form => Assert.False(string.IsNullOrWhiteSpace(form)));
        }
    }
}
