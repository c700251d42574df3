using System.Diagnostics;
using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Chaos;

/// <summary>
/// One simulated person sending turns to the bot and judging each answer the way they would read it: the card or text
/// they asked for, a clear "try again", or something else (no answer, an HTTP error).
/// </summary>
public sealed class LoadUser(BotHost bot, LoopbackConnector connector, TeamsWorld world, TestUser user, TurnLog log)
{
    public const string TryAgainLv = "Man radās kļūda, un nekas netika mainīts. Lūdzu, mēģiniet vēlreiz pēc minūtes.";
    public const string TryAgainEn = "Something went wrong on my side and nothing was changed. Please try again in a minute.";

    public TestUser User => user;

    /// <summary>A typed command in the person's 1:1 chat with the bot; the answer is the message the bot replies with.</summary>
    public Task<TurnRecord> SayPersonallyAsync(string text) =>
        MessageTurnAsync("message", world.PersonalMessage(user, text), TeamsWorld.PersonalChatId(user));

    /// <summary>A command in the team's channel, with the @mention.</summary>
    public Task<TurnRecord> SayInChannelAsync(string text) =>
        MessageTurnAsync("channel", world.ChannelMessage(user, text), world.ChannelId);

    /// <summary>A card button (Action.Execute) pressed in the 1:1 chat; the answer is the invoke response.</summary>
    public async Task<(TurnRecord Turn, JsonObject? Card)> PressAsync(string kind, JsonObject data)
    {
        var invoke = world.PersonalInvoke(user, data);
        var chat = TeamsWorld.PersonalChatId(user);
        var before = connector.MessagesTo(chat).Count;
        var started = log.Clock.Elapsed;
        var watch = Stopwatch.StartNew();
        int status;
        JsonObject? body = null;
        try
        {
            using var response = await bot.SendAsync(invoke);
            status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            body = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;
        }
        catch (HttpRequestException e)
        {
            status = -1;
            return (Record(kind, started, watch.Elapsed, status, TurnOutcome.Other, e.Message), null);
        }

        var took = watch.Elapsed;
        var type = body?["type"]?.GetValue<string>();
        var value = body?["value"];
        if (type == "application/vnd.microsoft.card.adaptive" && value is JsonObject card)
        {
            SentCards.AssertValid(card, $"answer to '{data["verb"]}' pressed by {user.Name}");
            return (Record(kind, started, took, status, TurnOutcome.Answered, "card"), card);
        }

        if (type == "application/vnd.microsoft.activity.message" && value?.GetValue<string>() is { } message)
        {
            return (Record(kind, started, took, status, IsTryAgain(message) ? TurnOutcome.TryAgain : TurnOutcome.Answered, message), null);
        }

        var sent = connector.MessagesTo(chat).Skip(before).Select(m => m.Text).ToList();
        var detail = $"HTTP {status} body '{body?.ToJsonString()}', messages sent meanwhile: [{string.Join(" | ", sent)}]";
        return (Record(kind, started, took, status, TurnOutcome.Other, detail), null);
    }

    public static bool IsTryAgain(string? text) => text is TryAgainLv or TryAgainEn;

    private async Task<TurnRecord> MessageTurnAsync(string kind, JsonObject activity, string conversation)
    {
        var before = connector.MessagesTo(conversation).Count;
        var started = log.Clock.Elapsed;
        var watch = Stopwatch.StartNew();
        int status;
        try
        {
            using var response = await bot.SendAsync(activity);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException e)
        {
            return Record(kind, started, watch.Elapsed, -1, TurnOutcome.Other, e.Message);
        }

        var took = watch.Elapsed;
        var answers = connector.MessagesTo(conversation).Skip(before).ToList();
        var outcome = answers switch
        {
            [] => TurnOutcome.Other,
            _ when answers.Any(a => IsTryAgain(a.Text)) => TurnOutcome.TryAgain,
            _ => TurnOutcome.Answered,
        };
        return Record(kind, started, took, status, outcome, string.Join(" | ", answers.Select(a => a.Text ?? "card")));
    }

    private TurnRecord Record(string kind, TimeSpan started, TimeSpan took, int status, TurnOutcome outcome, string detail)
    {
        var turn = new TurnRecord(user.Name, kind, started, took, status, outcome, detail);
        log.Add(turn);
        return turn;
    }

    /// <summary>GET /healthz: its status code, or -1 when the host did not answer.</summary>
    public static async Task<int> HealthAsync(BotHost bot)
    {
        try
        {
            using var response = await bot.Http.GetAsync(bot.Url + "/healthz");
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return -1;
        }
    }
}
