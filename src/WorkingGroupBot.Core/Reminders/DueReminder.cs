using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Reminders;

/// <summary>A stored reminder as the dispatcher sees it; <see cref="Version"/> makes every write to it conditional.</summary>
public sealed record DueReminder(GroupKey Group, Reminder Reminder, DateTimeOffset? LeaseUntil, int Attempts, string Version);
