using System.Text.Json.Nodes;

namespace WorkingGroupBot.Conversations;

/// <summary>What the bot answers: plain text or an Adaptive Card.</summary>
public abstract record Reply;

public sealed record TextReply(string Text) : Reply;

public sealed record CardReply(JsonObject Card) : Reply;
