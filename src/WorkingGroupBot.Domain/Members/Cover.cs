namespace WorkingGroupBot.Members;

/// <summary>
/// Who covers for a member who is away: a representative's reminders go to their institution's deputy when the deputy
/// is there that day, anyone else's (or with no deputy there) to a chair who is.
/// </summary>
public static class Cover
{
    /// <summary>The institution's deputy of <paramref name="absent"/> (when they are its representative), else the
    /// first chair by name, in the roster and not away on <paramref name="day"/>; null when there is none.</summary>
    public static Member? For(
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions,
        Member absent,
        DateOnly day
    )
    {
        bool There(Member m) => m.InRoster && m.AadObjectId != absent.AadObjectId && !m.IsAwayOn(day);
        var deputy =
            Institution.Of(institutions, absent.AadObjectId) is { Deputy: { } id } institution
            && institution.Representatives.Contains(absent.AadObjectId)
                ? members.FirstOrDefault(m => m.AadObjectId == id && There(m))
                : null;
        return deputy
            ?? members.Where(m => m.IsChair && There(m)).OrderBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Who is away on <paramref name="day"/> or later, by when they are back.</summary>
    public static IReadOnlyList<Member> AwayFrom(IEnumerable<Member> members, DateOnly day) =>
        members.Where(m => m.InRoster && m.Away is { } away && away.To >= day).OrderBy(m => m.Away!.To).ToList();
}
