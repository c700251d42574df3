using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// Every Adaptive Card the bot sends in an end-to-end test passes through here: the loopback connector hands over each
/// message it receives, <see cref="BotHost"/> each card in an invoke answer. An invalid card fails the test that made
/// the bot send it — at the latest when the test reads what was sent, or when its request returns.
/// </summary>
public static class SentCards
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Problems = new();

    /// <summary>
    /// Checks the cards attached to an activity the bot sent through the connector at <paramref name="connectorUrl"/>.
    /// A card message without a summary fails too: Teams would show "Sent a card" in the notification and chat list.
    /// </summary>
    public static void Record(string connectorUrl, string sentAs, JsonNode? activity)
    {
        foreach (var card in CardsIn(activity))
        {
            if (Describe(card, sentAs) is { } problem)
            {
                Problems.GetOrAdd(connectorUrl, _ => new()).Enqueue(problem);
            }
        }

        if (CardsIn(activity).Any() && string.IsNullOrWhiteSpace(activity?["summary"]?.GetValue<string>()))
        {
            Problems.GetOrAdd(connectorUrl, _ => new()).Enqueue($"The bot sent a card without a summary ({sentAs})");
        }
    }

    /// <summary>Fails with every invalid card sent through the connector since the last check (and forgets them).</summary>
    public static void ThrowIfInvalid(string? connectorUrl)
    {
        if (connectorUrl is null || !Problems.TryGetValue(connectorUrl, out var queue))
        {
            return;
        }

        var found = new List<string>();
        while (queue.TryDequeue(out var problem))
        {
            found.Add(problem);
        }

        if (found.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(string.Join("\n\n", found));
        }
    }

    /// <summary>Fails at once if the card is invalid.</summary>
    public static void AssertValid(JsonObject card, string sentAs)
    {
        if (Describe(card, sentAs) is { } problem)
        {
            throw new Xunit.Sdk.XunitException(problem);
        }
    }

    private static string? Describe(JsonObject card, string sentAs)
    {
        var problems = CardValidator.Shared.Check(card);
        if (problems.Count == 0)
        {
            return null;
        }

        var json = AdaptiveCard.ToJson(card);
        return $"The bot sent an invalid Adaptive Card ({sentAs}):\n  - {string.Join("\n  - ", problems)}\n  card: {(json.Length > 2000 ? json[..2000] + "…" : json)}";
    }

    private static IEnumerable<JsonObject> CardsIn(JsonNode? activity) =>
        (activity?["attachments"] as JsonArray ?? [])
            .Where(a => a?["contentType"]?.GetValue<string>() == AdaptiveCard.ContentType)
            .Select(a => a?["content"])
            .OfType<JsonObject>();
}
