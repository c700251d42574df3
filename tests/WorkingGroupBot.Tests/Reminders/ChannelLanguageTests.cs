using System.Text.Json.Nodes;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Reminders;

/// <summary>What the bot writes to a group's channel is in the group's language: the installer's, until a chair changes it.</summary>
public sealed class ChannelLanguageTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    /// <summary>The settings form as submitted: the digest on Tuesdays at 09:00, the channel in this language.</summary>
    private static (string, JsonNode?)[] Settings(string channelLanguage) =>
    [
        (ReminderSettingsCard.DaysBefore, "7, 1"), (ReminderSettingsCard.OverdueEvery, "3"), (ReminderSettingsCard.TellChairsAfter, "5"),
        (ReminderSettingsCard.DigestDay, "Tuesday"), (ReminderSettingsCard.DigestAt, "09:00"), (ReminderSettingsCard.ChannelLanguage, channelLanguage),
    ];

    private readonly LoopbackConnector connector = fixture.Connector;

    [Fact]
    public async Task A_team_installed_in_English_gets_its_digest_in_English_until_a_chair_chooses_Latvian()
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var world = new TeamsWorld(connector);
        var d = new PlanDriver(bot, connector, world);
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna, locale: "en-US"));
        var settings = await d.AskInChannelAsync(world.Anna, "reminders", "en-US");
        var installersLanguage = CardPress.InputValue(settings, ReminderSettingsCard.ChannelLanguage);
        await d.PressAsync(world.Anna, settings, Verbs.SaveReminderSettings, null, Settings("English"));

        bot.SetRigaTime(PlanDriver.Today.AddDays(1), 9);
        await bot.SweepAsync();
        var first = Assert.Single(DigestsIn(world)).CardText;

        // A Latvian-speaking chair opens the settings in Latvian and chooses Latvian for the channel.
        settings = await d.AskInChannelAsync(world.Anna, "atgādinājumi");
        var saved = await d.PressAsync(world.Anna, settings, Verbs.SaveReminderSettings, null, Settings("Latvian"));
        bot.SetRigaTime(PlanDriver.Today.AddDays(8), 9);
        await bot.SweepAsync();
        var second = DigestsIn(world)[^1].CardText;

        Assert.Equal("English", installersLanguage);
        Assert.StartsWith("Digest:", first);
        Assert.Contains("Iestatījumi saglabāti", CardTexts.Of(saved.Card));
        Assert.StartsWith("Kopsavilkums:", second);
        Assert.Equal(2, DigestsIn(world).Count);
    }

    /// <summary>Teams often sends no locale when the bot is added to a team.</summary>
    [Fact]
    public async Task A_team_installed_without_a_locale_is_written_to_in_Latvian_from_its_welcome_on()
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var world = new TeamsWorld(connector);
        var install = world.TeamInstall(by: world.Anna).Without("locale");
        install["entities"] = new JsonArray();
        await bot.DeliverAsync(install);

        var welcome = connector.MessagesTo(world.ChannelId)[^1].CardText;
        Assert.Contains("Mani pievienoja Anna Bērziņa", welcome);

        var settings = await new PlanDriver(bot, connector, world).AskInChannelAsync(world.Anna, "reminders", "en-US");

        Assert.Equal("Latvian", CardPress.InputValue(settings, ReminderSettingsCard.ChannelLanguage));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("english")]
    [InlineData("English, Latvian")]
    [InlineData(" English")]
    public async Task A_channel_language_that_is_no_language_is_refused_and_changes_nothing(string language)
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        var settings = await d.AskInChannelAsync(d.World.Anna, "atgādinājumi");

        var refused = await d.PressAsync(d.World.Anna, settings, Verbs.SaveReminderSettings, null, Settings(language));
        var again = await d.AskInChannelAsync(d.World.Anna, "atgādinājumi");

        Assert.Contains("Lūdzu, pārbaudiet", CardTexts.Of(refused.Card));
        Assert.Equal("Latvian", CardPress.InputValue(again, ReminderSettingsCard.ChannelLanguage));
    }

    private IReadOnlyList<ConnectorCall> DigestsIn(TeamsWorld world) =>
        connector.MessagesTo(world.ChannelId).Where(m => m.CardText.StartsWith("Digest:", StringComparison.Ordinal) || m.CardText.StartsWith("Kopsavilkums:", StringComparison.Ordinal)).ToList();
}
