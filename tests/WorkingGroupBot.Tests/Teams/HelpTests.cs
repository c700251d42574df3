using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Teams;

[Collection(BotCollection.Name)]
public sealed class HelpTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;
    private readonly LoopbackConnector connector = fixture.Connector;

    [Fact]
    public async Task Help_with_a_mention_in_the_channel_answers_in_latvian_with_the_chairs_role()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));

        await bot.DeliverAsync(world.ChannelMessage(world.Anna, "help", locale: "lv-LV"));

        var help = connector.MessagesTo(world.ChannelId)[^1];
        Assert.Contains("Ko es varu darīt", help.CardText);
        Assert.Contains($"{world.TeamName}: jūs esat vadītājs", help.CardText);
    }

    [Fact]
    public async Task Palidziba_in_a_personal_chat_lists_the_members_groups_and_role()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));

        await bot.DeliverAsync(world.PersonalMessage(world.Janis, "Palīdzība!", locale: "lv"));

        var help = Assert.Single(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Janis)));
        Assert.Contains("Ko es varu darīt", help.CardText);
        Assert.Contains($"{world.TeamName}: jūs esat dalībnieks", help.CardText);
    }

    [Fact]
    public async Task The_language_follows_the_teams_locale_not_the_word_typed()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.GroupChatInstall(by: world.Anna));

        await bot.DeliverAsync(world.GroupChatMessage(world.Liga, "palīdzība", locale: "en-US"));

        var help = connector.MessagesTo(world.GroupChatId)[^1];
        Assert.Contains("What I can do", help.CardText);
        Assert.Contains("Madonas darba grupa: you are member", help.CardText);
    }

    [Fact]
    public async Task The_help_button_on_a_card_answers_with_the_help_card()
    {
        var world = fixture.NewWorld();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));

        await bot.DeliverAsync(world.PersonalSubmit(world.Anna, new JsonObject { ["verb"] = "help" }, locale: "en-US"));

        var help = Assert.Single(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
        Assert.Contains("What I can do", help.CardText);
        Assert.Contains("you are chair", help.CardText);
    }

    [Fact]
    public async Task Someone_in_no_group_is_told_how_to_get_started()
    {
        var world = fixture.NewWorld();

        await bot.DeliverAsync(world.PersonalMessage(world.Liga, "help", locale: "en-US"));

        var help = Assert.Single(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Liga)));
        Assert.Contains("You are not in a working group yet", help.CardText);
    }

    [Theory]
    [InlineData("lv-LV", "Es nesapratu \"kas jauns?\"", "Mani uzdevumi")]
    [InlineData("en-US", "I did not understand \"kas jauns?\"", "My actions")]
    public async Task Unknown_text_gets_a_hint_with_the_likely_commands_as_buttons(string locale, string expected, string button)
    {
        var world = fixture.NewWorld();

        await bot.DeliverAsync(world.PersonalMessage(world.Anna, "kas jauns?", locale));

        var hint = Assert.Single(connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)));
        Assert.StartsWith(expected, hint.CardText);
        Assert.Contains(button, hint.CardText);
        Assert.True(CardPress.HasButton(hint.Card!, Verbs.MyActions));
        Assert.True(CardPress.HasButton(hint.Card!, Verbs.Plan));
        Assert.True(CardPress.HasButton(hint.Card!, Verbs.Help));
    }
}
