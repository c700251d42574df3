using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.TeamsApp;

/// <summary>Every command Teams offers from the manifest's command lists gets a real answer from the bot, in its scope and in both languages.</summary>
[Collection(BotCollection.Name)]
public sealed class CommandCoverageTests(BotFixture fixture)
{
    public static TheoryData<string, Language> Cases()
    {
        var cases = new TheoryData<string, Language>();
        foreach (var scope in AppManifest.Scopes)
        {
            cases.Add(scope, Language.English);
            cases.Add(scope, Language.Latvian);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_command_in_the_scopes_list_is_answered_not_hinted(string scope, Language language)
    {
        var world = fixture.NewWorld();
        var chair = world.Anna;
        var locale = language == Language.Latvian ? "lv-LV" : "en-US";
        await fixture.Bot.DeliverAsync(world.TeamInstall(by: chair));
        await fixture.Bot.DeliverAsync(world.GroupChatInstall(by: chair));
        var texts = TextSet.For(language);

        foreach (var (title, _) in AppManifest.Commands(scope, latvian: language == Language.Latvian))
        {
            var (activity, conversation) = scope switch
            {
                "personal" => (world.PersonalMessage(chair, title, locale), TeamsWorld.PersonalChatId(chair)),
                "team" => (world.ChannelMessage(chair, title, locale), world.ChannelId),
                _ => (world.GroupChatMessage(chair, title, locale), world.GroupChatId),
            };
            var before = fixture.Connector.MessagesTo(conversation).Count;

            await fixture.Bot.DeliverAsync(activity);

            var answers = fixture.Connector.MessagesTo(conversation);
            Assert.True(answers.Count > before, $"'{title}' in {scope}: no answer");
            var hint = texts.Format(TextKey.UnknownCommandHint, title);
            Assert.False((answers[^1].Card is null ? answers[^1].Text ?? "" : answers[^1].CardText).StartsWith(hint, StringComparison.Ordinal), $"'{title}' in {scope}: only the hint");
        }
    }
}
