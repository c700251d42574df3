using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>The bot's answer to a Universal Action: a card that replaces the pressed one, or a text message.</summary>
public sealed record InvokeAnswer(int StatusCode, string? Type, JsonNode? Value)
{
    public JsonObject Card => Type == "application/vnd.microsoft.card.adaptive"
        ? Value!.AsObject()
        : throw new Xunit.Sdk.XunitException($"Expected a card, got {Type}: {Value?.ToJsonString()}");

    public string Text => Type == "application/vnd.microsoft.activity.message"
        ? Value!.GetValue<string>()
        : throw new Xunit.Sdk.XunitException($"Expected a text, got {Type}: {Value?.ToJsonString()}");

    public string CardText => CardTexts.Of(Card);
}
