using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Each instance of a form that changes something (new action, note, decisions) carries its own unguessable id, so a
/// second submission of the same instance is recognised and answered with the first one's result. A submission is the
/// id with who sent it and what was filled in: a double press or a retried invoke repeats all three, while the same
/// form
/// sent again with other inputs (a copy of the form left on another device), or by someone else (two members adding the
/// same note from one channel card), is a submission of its own.
/// </summary>
public static class Submissions
{
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Names a submission; null from a card built before ids existed, or one whose id is not one.</summary>
    public static string? From(Request request) =>
        Guid.TryParseExact(request.Input.String(CardData.Submission), "N", out var id)
            ? $"{id:N}-{request.Caller.AadObjectId}-{request.Input.Digest()}"
            : null;
}
