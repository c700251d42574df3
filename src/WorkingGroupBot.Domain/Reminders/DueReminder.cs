using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// A stored reminder as the dispatcher sees it; <see cref="Version"/> makes every write to it conditional, <see
/// cref="Key"/>
/// says where it is stored (its due time, or its next attempt after a failure), and <see cref="Claim"/> names the claim
/// it
/// is held under, so a dispatcher recognises its own claim on a row someone re-planned meanwhile.
/// </summary>
public sealed record DueReminder(
    GroupKey Group,
    Reminder Reminder,
    DateTimeOffset? LeaseUntil,
    int Attempts,
    string Version,
    string Key,
    string? Claim
);
