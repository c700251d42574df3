namespace WorkingGroupBot.Groups;

/// <summary>Dates as the group lives them: in its own time zone.</summary>
public static class GroupClock
{
    public static DateOnly Today(this TimeProvider clock, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone(timeZone)).DateTime);

    public static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(Group.DefaultTimeZone);
}
