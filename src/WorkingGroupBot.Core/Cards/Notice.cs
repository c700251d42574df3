using System.Text.Json.Nodes;

namespace WorkingGroupBot.Cards;

/// <summary>A line on top of a card after a button press: what happened, or why nothing did.</summary>
public sealed record Notice(string Text, bool IsProblem);

public static class Notices
{
    public static IEnumerable<JsonNode> Block(Notice? notice) => notice switch
    {
        null => [],
        { IsProblem: true } => [AdaptiveCard.Attention(notice.Text)],
        _ => [AdaptiveCard.Good(notice.Text)],
    };
}
