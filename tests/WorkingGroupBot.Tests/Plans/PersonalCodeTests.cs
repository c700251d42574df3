using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Tests.Plans;

public sealed class PersonalCodeTests
{
    [Theory]
    [InlineData("010203-12345")]
    [InlineData("Bērns 311299-12345 klasē")]
    [InlineData("01020312345")]
    [InlineData("kods 290204 12345")]
    [InlineData("321234-56789")]
    [InlineData("32123456789")]
    [InlineData("010190  12345")]
    [InlineData("010190 - 12345")]
    [InlineData("010190.12345")]
    [InlineData("010190/12345")]
    [InlineData("010190_12345")]
    [InlineData("010190—12345")]
    [InlineData("010190\u221212345")]
    [InlineData("010190\u201112345")]
    [InlineData("010190\uFF0D12345")]
    [InlineData("01.01.90-12345")]
    [InlineData("01 01 90 12345")]
    [InlineData("\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14\uFF15")]
    [InlineData("٠١٠١٩٠-١٢٣٤٥")]
    [InlineData("०१०१९०-१२३४५")]
    [InlineData("𝟎𝟏𝟎𝟏𝟗𝟎-𝟏𝟐𝟑𝟒𝟓")]
    [InlineData("0101\u200B90-12345")]
    [InlineData("010190\u200D12345")]
    [InlineData("01019\u20600-12345")]
    [InlineData("010190-123\u00AD45")]
    [InlineData("ID010190-12345")]
    public void Latvian_personal_codes_are_recognised_however_they_are_spelled(string text) => Assert.True(PersonalCode.IsIn(text));

    [Theory]
    [InlineData("Seminārs 2026. gada 12. martā")]
    [InlineData("Tālrunis 67123456")]
    [InlineData("Budžets 12000 EUR, 25 dalībnieki")]
    [InlineData("991399-12345")]
    [InlineData("123456-1234")]
    [InlineData("0102031234567")]
    [InlineData("Termiņš 01.01.2025")]
    [InlineData("No 2025-01-01 līdz 2025-12-31")]
    [InlineData("01.01.2025–31.12.2025, 10:00–12:00")]
    [InlineData("Zvanīt +371 29123456 vai +371 67 123 456")]
    [InlineData("+37129123456, 67 123 456, 26 12 34 56")]
    [InlineData("Summa 1 234 567,89 EUR")]
    [InlineData("Uzdevumi #12, #13, #14 un #15")]
    [InlineData("")]
    public void Ordinary_text_is_not(string text) => Assert.False(PersonalCode.IsIn(text));

    [Fact]
    public void A_lone_surrogate_is_read_not_thrown_on() => Assert.False(PersonalCode.IsIn("a\uD800b 12"));

    [Fact]
    public void Digits_of_any_script_read_as_ASCII_digits() => Assert.Equal("0123 - 45", PersonalCode.Normalise("٠١\u200B२𝟑 \uFF0D 4\u00AD5"));
}
