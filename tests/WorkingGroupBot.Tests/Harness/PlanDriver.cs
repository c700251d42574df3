using System.Text.Json.Nodes;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>Drives a group's plan through the bot the way people do in Teams: commands, then card buttons.</summary>
public sealed class PlanDriver(BotHost bot, LoopbackConnector connector, TeamsWorld world)
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public TeamsWorld World => world;

    /// <summary>Anna adds the bot to the team (she becomes chair) and starts the plan from the template.</summary>
    public async Task<JsonObject> SetUpAsync()
    {
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var start = await AskInChannelAsync(world.Anna, "plāns");
        var plan = await PressAsync(world.Anna, start, Verbs.StartPlanFromTemplate);
        return plan.Card;
    }

    /// <summary>Sends a command in the channel (with @mention) and returns the card the bot answered with.</summary>
    public async Task<JsonObject> AskInChannelAsync(TestUser from, string text, string locale = "lv-LV")
    {
        await bot.DeliverAsync(world.ChannelMessage(from, text, locale));
        return connector.MessagesTo(world.ChannelId)[^1].Card ?? throw new Xunit.Sdk.XunitException("No card: " + connector.MessagesTo(world.ChannelId)[^1].Text);
    }

    public async Task<JsonObject> AskPersonallyAsync(TestUser from, string text, string locale = "lv-LV")
    {
        await bot.DeliverAsync(world.PersonalMessage(from, text, locale));
        return connector.MessagesTo(TeamsWorld.PersonalChatId(from))[^1].Card ?? throw new Xunit.Sdk.XunitException("No card: " + connector.MessagesTo(TeamsWorld.PersonalChatId(from))[^1].Text);
    }

    /// <summary>Presses a Universal Action button on a card (in the personal chat), with the inputs filled in.</summary>
    public Task<InvokeAnswer> PressAsync(TestUser who, JsonObject card, string verb, Func<JsonObject, bool>? where = null, params (string, JsonNode?)[] inputs) =>
        bot.InvokeAsync(world.PersonalInvoke(who, CardPress.DataOf(card, verb, where).With(inputs)));

    /// <summary>
    /// Presses the button's Action.Submit fallback instead, as a Teams client without Action.Execute would: a message in
    /// the personal chat with the fallback's data and the inputs, replying to the card. The answer is the card the bot
    /// put in the pressed one's place, or the text it replied.
    /// </summary>
    public async Task<InvokeAnswer> SubmitAsync(TestUser who, JsonObject card, string verb, Func<JsonObject, bool>? where = null, params (string, JsonNode?)[] inputs)
    {
        var pressed = "card-" + Guid.NewGuid().ToString("N");
        var before = connector.MessagesTo(TeamsWorld.PersonalChatId(who)).Count;
        await bot.DeliverAsync(world.PersonalSubmit(who, CardPress.FallbackOf(card, verb, where).With(inputs)).With("replyToId", pressed));
        if (connector.Calls.LastOrDefault(c => c.Kind == ConnectorCall.Update && c.ActivityId == pressed) is { Card: { } replaced })
        {
            return new InvokeAnswer(200, WorkingGroupBot.Cards.AdaptiveCard.ContentType, replaced);
        }

        var reply = connector.MessagesTo(TeamsWorld.PersonalChatId(who)).Skip(before).Single();
        return reply.Card is not null ? throw new Xunit.Sdk.XunitException("A card came as a new message, not in place of the pressed one: " + reply.CardText)
            : new InvokeAnswer(200, "application/vnd.microsoft.activity.message", reply.Text);
    }

    public Task<InvokeAnswer> SendForgedAsync(TestUser who, JsonObject data) => bot.InvokeAsync(world.PersonalInvoke(who, data));

    /// <summary>A chair fills in the new-action form: the first area of the plan unless told otherwise.</summary>
    public async Task<InvokeAnswer> CreateActionAsync(TestUser chair, string title, TestUser[] responsible, DateOnly deadline, string? areaTitle = null, string description = "")
    {
        var form = await AskInChannelAsync(chair, "jauns uzdevums");
        var areas = CardPress.ChoicesOf(form, ActionForm.Area);
        var area = areaTitle is null ? areas.Keys.First() : areas.Single(a => a.Value == areaTitle).Key;
        return await PressAsync(chair, form, Verbs.CreateAction, null,
            (ActionForm.Title, title),
            (ActionForm.Description, description),
            (ActionForm.Area, area),
            (ActionForm.Responsible, string.Join(',', responsible.Select(r => r.AadObjectId))),
            (ActionForm.Deadline, deadline.ToString("yyyy-MM-dd")));
    }

    /// <summary>The number of the action an action card shows, from its refresh action.</summary>
    public static int NumberOn(JsonObject card) => card["refresh"]!["action"]!["data"]!["action"]!.GetValue<int>();
}
