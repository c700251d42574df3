namespace WorkingGroupBot.Members;

/// <summary>A member's time away (prombūtne), both days included, in the group's calendar.</summary>
public sealed record Absence(DateOnly From, DateOnly To)
{
    /// <summary>The longest absence one can set: longer than that, the work should be handed over.</summary>
    public const int MaxDays = 366;

    public bool Covers(DateOnly day) => From <= day && day <= To;
}
