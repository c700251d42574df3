namespace WorkingGroupBot.Reminders;

/// <summary>A member asked not to be reminded of an action until <see cref="Until"/>; it lapses if the deadline
/// moves.</summary>
public sealed record Snooze(DateTimeOffset Until, DateOnly Deadline);
