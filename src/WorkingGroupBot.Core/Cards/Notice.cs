using System.Text.Json.Nodes;

namespace WorkingGroupBot.Cards;

/// <summary>A line on top of a card after a button press: what happened, or why nothing did, and any details as a
/// list.</summary>
public sealed record Notice(string Text, bool IsProblem, IReadOnlyList<string>? Details = null);

public static class Notices
{
    public static IEnumerable<JsonNode> Block(Notice? notice) =>
        notice switch
        {
            null => [],
            { IsProblem: true } => [AdaptiveCard.Attention(notice.Text), .. Details(notice)],
            _ => [AdaptiveCard.Good(notice.Text), .. Details(notice)],
        };

    private static IEnumerable<JsonNode> Details(Notice notice) =>
        notice.Details is { Count: > 0 } details ? [AdaptiveCard.Bullets(details)] : [];
}
