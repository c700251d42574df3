namespace WorkingGroupBot.Reminders;

/// <summary>
/// When a group's members are reminded of their deadlines, and when the group gets its weekly digest. Chairs may change
/// it; the defaults are what product.md asks for.
/// </summary>
public sealed record ReminderPolicy
{
    public static ReminderPolicy Default { get; } = new();

    /// <summary>Days before the deadline to remind, besides the day itself.</summary>
    public IReadOnlyList<int> DaysBefore { get; init; } = [7, 1];

    /// <summary>Local time of day (in the member's time zone) at which reminders go out.</summary>
    public TimeOnly At { get; init; } = new(9, 0);

    /// <summary>While overdue, remind again every this many working days (Monday to Friday).</summary>
    public int OverdueEveryWorkingDays { get; init; } = 3;

    /// <summary>After this many working days overdue, the chairs are told.</summary>
    public int TellChairsAfterDays { get; init; } = 5;

    public DayOfWeek DigestDay { get; init; } = DayOfWeek.Monday;

    /// <summary>Local time (in the group's time zone) of the weekly digest.</summary>
    public TimeOnly DigestAt { get; init; } = new(8, 30);
}
