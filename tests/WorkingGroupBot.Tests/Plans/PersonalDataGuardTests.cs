using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Tests.Plans;

public sealed class PersonalDataGuardTests
{
    [Theory]
    [InlineData("010203-12345")]
    [InlineData("Bērns 311299-12345 klasē")]
    [InlineData("01020312345")]
    [InlineData("kods 290204 12345")]
    [InlineData("321234-56789")]
    [InlineData("32123456789")]
    public void Latvian_personal_codes_are_recognised(string text) => Assert.True(PersonalDataGuard.LooksLikePersonalData(text));

    [Theory]
    [InlineData("Seminārs 2026. gada 12. martā")]
    [InlineData("Tālrunis 67123456")]
    [InlineData("Budžets 12000 EUR, 25 dalībnieki")]
    [InlineData("991399-12345")]
    [InlineData("123456-1234")]
    [InlineData("0102031234567")]
    [InlineData(null)]
    public void Ordinary_text_is_not(string? text) => Assert.False(PersonalDataGuard.LooksLikePersonalData(text));
}
