using WorkingGroupBot.Commands;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", Verbs.Help)]
    [InlineData("  HELP ", Verbs.Help)]
    [InlineData("Palīdzība?", Verbs.Help)]
    [InlineData("my actions", Verbs.MyActions)]
    [InlineData("Mani   uzdevumi", Verbs.MyActions)]
    [InlineData("plan", Verbs.Plan)]
    [InlineData("plāns.", Verbs.Plan)]
    [InlineData("new action", Verbs.NewAction)]
    [InlineData("Jauns uzdevums", Verbs.NewAction)]
    [InlineData("dalībnieki", Verbs.Members)]
    [InlineData("eksports", Verbs.Export)]
    public void Commands_are_understood_in_both_languages_whatever_the_case(string text, string verb) =>
        Assert.Equal(verb, CommandParser.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("helpme")]
    [InlineData("plans")]
    [InlineData("please help me with everything")]
    public void Anything_else_is_no_command(string? text) => Assert.Null(CommandParser.Parse(text));

    [Fact]
    public void Every_command_word_is_unique_across_commands()
    {
        var words = CommandCatalog.All.SelectMany(c => TextSet.InAllLanguages(c.Keyword)).ToList();
        Assert.Equal(words.Count, words.Distinct().Count());
    }
}
