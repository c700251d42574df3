using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Plans;

/// <summary>What a turn reads of its group's partition besides the plan and the members.</summary>
/// <param name="AllActions">Every action of the plan (lists, the plan card, exports).</param>
/// <param name="Action">One action and its log (a button on an action card).</param>
/// <param name="Snoozes">The members' snoozes (a reminder sweep decides with them).</param>
/// <param name="Meetings">The meeting series and the records of their meetings (the dashboard).</param>
/// <param name="ChangesSince">The log lines of every action written since then (the dashboard's recent
/// changes).</param>
public sealed record PlanReads(
    bool AllActions = false,
    int? Action = null,
    bool Snoozes = false,
    bool Meetings = false,
    DateTimeOffset? ChangesSince = null
)
{
    public static readonly PlanReads PlanOnly = new();
}

/// <summary>A group's partition as one turn read it: one query, one moment.</summary>
/// <param name="Plan">Null when no chair has started the plan yet.</param>
/// <param name="Members">Everyone the group has had, in its roster or not.</param>
/// <param name="Actions">Every action, when <see cref="PlanReads.AllActions"/> asked for them; else empty.</param>
/// <param name="Action">The action <see cref="PlanReads.Action"/> named, or null when there is none.</param>
/// <param name="Log">That action's log, oldest first; else empty.</param>
/// <param name="Settings">The group's reminder policy and last digest (its row is in the same partition).</param>
public sealed record PlanRead(
    Plan? Plan,
    IReadOnlyList<Member> Members,
    IReadOnlyList<ActionItem> Actions,
    ActionItem? Action,
    IReadOnlyList<LogEntry> Log,
    GroupSettings Settings
)
{
    /// <summary>Each member's snooze of an action, when <see cref="PlanReads.Snoozes"/> asked for them; else
    /// empty.</summary>
    public IReadOnlyDictionary<(int Action, string Person), Snooze> Snoozes { get; init; } =
        new Dictionary<(int Action, string Person), Snooze>();

    /// <summary>The group's institutions (always read; none in a group that has not set any up).</summary>
    public IReadOnlyList<Institution> Institutions { get; init; } = [];

    /// <summary>The meeting series, when <see cref="PlanReads.Meetings"/> asked for them; else empty.</summary>
    public IReadOnlyList<MeetingSeries> Series { get; init; } = [];

    /// <summary>What is known of each meeting by its series and original date, with <see cref="Series"/>.</summary>
    public IReadOnlyDictionary<(string Series, DateOnly Date), MeetingRecord> Records { get; init; } =
        new Dictionary<(string Series, DateOnly Date), MeetingRecord>();

    /// <summary>Every revision of the meetings' minutes, with <see cref="Series"/>; each meeting's oldest
    /// first.</summary>
    public IReadOnlyList<Minutes> Minutes { get; init; } = [];

    /// <summary>The log lines written since <see cref="PlanReads.ChangesSince"/>, in no particular order; else
    /// empty.</summary>
    public IReadOnlyList<ActionLogLine> Changes { get; init; } = [];
}

/// <summary>One line of an action's log, with the action it belongs to.</summary>
public sealed record ActionLogLine(int Action, LogEntry Entry);
