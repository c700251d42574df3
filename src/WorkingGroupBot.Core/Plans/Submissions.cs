using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Each instance of a form that changes something (new action, note, decisions) carries its own unguessable id, so a
/// second submission of the same instance is recognised and answered with the first one's result. A submission is the
/// id with what was filled in: a double press or a retried invoke repeats both, while the same form sent again with
/// other inputs (a copy of the form left on another device) is a submission of its own.
/// </summary>
public static class Submissions
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Names a submission; null from a card built before ids existed, or one whose id is not one.</summary>
    public static string? From(CardInput input) =>
        Guid.TryParseExact(input.String(CardData.Submission), "N", out var id) ? $"{id:N}-{input.Digest()}" : null;
}
