using System.Text.Json.Nodes;

namespace WorkingGroupBot.Cards;

/// <summary>A line on top of a card after a button press: what happened, or why nothing did, and any details as a
/// list.</summary>
public sealed record Notice(string Text, bool IsProblem, IReadOnlyList<string>? Details = null);

public static class Notices
{
    /// <summary>
    /// The notice in a tinted box, its text in the card's own colour and bold, marked by a sign: readable on every
    /// theme (green text on white is not) and never told by colour alone.
    /// </summary>
    public static IEnumerable<JsonNode> Block(Notice? notice) =>
        notice is null
            ? []
            :
            [
                new JsonObject
                {
                    ["type"] = "Container",
                    ["style"] = notice.IsProblem ? "attention" : "good",
                    ["items"] = new JsonArray([
                        new JsonObject
                        {
                            ["type"] = "TextBlock",
                            ["text"] = AdaptiveCard.Literal((notice.IsProblem ? "⚠ " : "✓ ") + notice.Text),
                            ["wrap"] = true,
                            ["weight"] = "Bolder",
                        },
                        .. Details(notice),
                    ]),
                },
            ];

    private static IEnumerable<JsonNode> Details(Notice notice) =>
        notice.Details is { Count: > 0 } details ? [AdaptiveCard.Bullets(details)] : [];
}
