using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Each instance of a form that changes something (new action, note, decisions) carries its own unguessable id, so a
/// second submission of the same instance is recognised and answered with the first one's result.
/// </summary>
public static class Submissions
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>The id a submission carries; null from a card built before ids existed, or from anything that is not one.</summary>
    public static string? From(CardInput input) =>
        Guid.TryParseExact(input.String(CardData.Submission), "N", out var id) ? id.ToString("N") : null;
}
