using System.Security.Cryptography;
using System.Text;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The state of an action an edit form was built from: its revision (to tell who changed it since, from the log) and
/// a fingerprint of the fields the form edits. A save is refused when those fields are no longer as the form showed
/// them; a status change or a note in between touches none of them and does not stand in the way.
/// </summary>
public sealed record EditBase(int Number, int Revision, string Fingerprint)
{
    public static EditBase Of(ActionItem action) => new(action.Number, action.Revision, FingerprintOf(action));

    /// <summary>The base a save carries; null when any part is missing (a form built before bases existed).</summary>
    public static EditBase? From(CardInput input) =>
        input.Int(CardData.Action) is { } number
        && input.Int(CardData.Revision) is { } revision
        && input.String(CardData.Fingerprint) is { Length: > 0 } fingerprint
            ? new(number, revision, fingerprint)
            : null;

    public bool IsStale(ActionItem stored) => FingerprintOf(stored) != Fingerprint;

    private static string FingerprintOf(ActionItem action)
    {
        var fields = string.Join(
            '\u001f',
            action.Title,
            action.Description,
            action.AreaId,
            string.Join(',', action.Responsible),
            action.Deadline.ToString("yyyy-MM-dd"),
            action.DeadlineTime?.ToString("HH:mm") ?? ""
        );
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fields)), 0, 12);
    }
}
