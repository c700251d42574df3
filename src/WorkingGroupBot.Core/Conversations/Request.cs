using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Conversations;

/// <summary>One thing a person asked for: a verb (typed or pressed), with the card's data and inputs if any.</summary>
public sealed record Request(Turn Turn, string? Verb, CardInput Input, string? TypedText = null)
{
    public Caller Caller => Turn.Caller;
    public TextSet Texts => Turn.Texts;
}
