using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>One request the bot made to the Bot Connector.</summary>
public sealed record ConnectorCall(string Method, string Kind, string? ConversationId, string? ActivityId, JsonNode? Body)
{
    public const string Reply = "reply";
    public const string Send = "send";
    public const string Update = "update";
    public const string CreateConversation = "create";

    public bool IsMessage => Kind is Reply or Send or Update;

    public string? Text => Body?["text"]?.GetValue<string>();

    /// <summary>The Adaptive Card the message carries, if any.</summary>
    public JsonObject? Card => Body?["attachments"]?.AsArray()
        .FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    /// <summary>All the text of the card, for assertions on what a person reads.</summary>
    public string CardText => Card is null ? "" : CardTexts.Of(Card);
}
