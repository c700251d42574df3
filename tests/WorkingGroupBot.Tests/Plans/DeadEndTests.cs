using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>No flow ends where a person has to start over, and no old card offers what is no longer true.</summary>
public sealed class DeadEndTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private readonly LoopbackConnector connector = fixture.Connector;

    private async Task<(BotHost Bot, PlanDriver Driver)> GroupAsync()
    {
        var bot = await fixture.StartHostAsync();
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        return (bot, d);
    }

    [Fact]
    public async Task An_old_reminder_refreshed_after_the_action_was_done_offers_no_done()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var janis = d.World.Janis;
        await d.CreateActionAsync(d.World.Anna, "Ziņojums domei", [janis], PlanDriver.Today);
        await bot.SweepAsync();
        var reminder = connector.MessagesTo(LoopbackConnector.OpenedChatWith(janis)).Single(m => m.CardText.Contains("Atgādinājums")).Card!;
        Assert.Equal([janis.Id], reminder["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.True(CardPress.HasButton(reminder, Verbs.SetStatus));

        var mine = await d.AskPersonallyAsync(janis, "mani uzdevumi");
        await d.PressAsync(janis, mine, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Done");
        var refreshed = await d.SendForgedAsync(janis, reminder["refresh"]!["action"]!["data"]!.DeepClone().AsObject());

        Assert.StartsWith("Atgādinājums: #1 Ziņojums domei", refreshed.CardText);
        Assert.Contains("izpildīts", refreshed.CardText);
        Assert.False(CardPress.HasButton(refreshed.Card, Verbs.SetStatus), "a done action's reminder offers no Done");
    }

    [Fact]
    public async Task After_creating_an_action_the_chair_can_add_another_from_the_same_card()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;

        var created = await d.CreateActionAsync(d.World.Anna, "Bukleti", [d.World.Janis], PlanDriver.Today.AddDays(9));
        var next = await d.PressAsync(d.World.Anna, created.Card, Verbs.NewAction);

        // Action.Submit: the form comes as a new message and the card of the action just created stays.
        Assert.Contains("\"type\":\"Action.Submit\",\"title\":\"Pievienot vēl vienu\"", AdaptiveCardJson(created.Card));
        Assert.Equal("", CardPress.InputValue(next.Card, ActionForm.Title)); // a fresh form
        Assert.True(CardPress.HasButton(next.Card, Verbs.CreateAction));
    }

    private static string AdaptiveCardJson(System.Text.Json.Nodes.JsonObject card) => WorkingGroupBot.Cards.AdaptiveCard.ToJson(card);

    [Fact]
    public async Task My_actions_asked_in_the_channel_go_to_the_personal_chat_and_the_channel_gets_a_pointer()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var janis = d.World.Janis;
        await d.CreateActionAsync(d.World.Anna, "Mājas vizīte", [janis], PlanDriver.Today.AddDays(4));
        var personalBefore = connector.MessagesTo(LoopbackConnector.OpenedChatWith(janis)).Count;

        await bot.DeliverAsync(d.World.ChannelMessage(janis, "mani uzdevumi"));

        Assert.Equal("Jūsu uzdevumus nosūtīju mūsu personīgajā sarakstē.", connector.MessagesTo(d.World.ChannelId)[^1].Text);
        Assert.DoesNotContain(connector.MessagesTo(d.World.ChannelId), m => m.CardText.Contains("Mani uzdevumi"));
        var list = connector.MessagesTo(LoopbackConnector.OpenedChatWith(janis)).Skip(personalBefore).Single();
        Assert.StartsWith("Mani uzdevumi (1)", list.CardText);
        Assert.Contains("Mājas vizīte", list.CardText);
    }
}
