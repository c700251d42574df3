using WorkingGroupBot.Commands;

namespace WorkingGroupBot.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("  HELP ")]
    [InlineData("Help!")]
    [InlineData("palīdzība")]
    [InlineData("Palīdzība?")]
    public void Help_is_understood_in_both_languages_whatever_the_case(string text) =>
        Assert.Equal(BotCommand.Help, CommandParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("helpme")]
    [InlineData("please help me with everything")]
    public void Anything_else_is_unknown(string? text) => Assert.Equal(BotCommand.Unknown, CommandParser.Parse(text));

    [Fact]
    public void A_card_verb_maps_to_its_command() => Assert.Equal(BotCommand.Help, CommandParser.FromVerb("help"));

    [Fact]
    public void An_unknown_verb_is_unknown() => Assert.Equal(BotCommand.Unknown, CommandParser.FromVerb("deleteEverything"));
}
