namespace WorkingGroupBot.Members;

/// <summary>Who covers for a member who is away: their reminders go to a chair who is there that day.</summary>
public static class Cover
{
    /// <summary>The first chair by name in the roster who is not <paramref name="absent"/> and not away on
    /// <paramref name="day"/>; null when there is none.</summary>
    public static Member? For(IEnumerable<Member> members, Member absent, DateOnly day) =>
        members
            .Where(m => m.IsChair && m.AadObjectId != absent.AadObjectId && !m.IsAwayOn(day))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Who is away on <paramref name="day"/> or later, by when they are back.</summary>
    public static IReadOnlyList<Member> AwayFrom(IEnumerable<Member> members, DateOnly day) =>
        members.Where(m => m.InRoster && m.Away is { } away && away.To >= day).OrderBy(m => m.Away!.To).ToList();
}
