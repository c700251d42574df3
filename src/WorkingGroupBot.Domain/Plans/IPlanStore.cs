using WorkingGroupBot.Groups;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Plans;

/// <summary>A group's plan, its areas, its actions and their history; all kept in the group's own partition.</summary>
public interface IPlanStore
{
    /// <summary>The plan, the group's members and what <paramref name="reads"/> asks for, as one moment.</summary>
    Task<PlanRead> ReadAsync(GroupKey group, PlanReads reads, CancellationToken cancellationToken);

    /// <summary>The plan, or null when no chair has started it yet.</summary>
    Task<Plan?> FindPlanAsync(GroupKey group, CancellationToken cancellationToken);

    /// <summary>Starts the plan with these areas; a plan that was already started is left as it is.</summary>
    Task<Plan> StartPlanAsync(GroupKey group, IReadOnlyList<Area> areas, CancellationToken cancellationToken);

    /// <summary>Stores a member's snooze of an action (one per member and action; a new one replaces it).</summary>
    Task SnoozeAsync(GroupKey group, int action, string person, Snooze snooze, CancellationToken cancellationToken);

    Task<Snooze?> FindSnoozeAsync(GroupKey group, int action, string person, CancellationToken cancellationToken);

    Task SaveAreaAsync(GroupKey group, Area area, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActionItem>> ListActionsAsync(GroupKey group, CancellationToken cancellationToken);

    Task<ActionItem?> FindActionAsync(GroupKey group, int number, CancellationToken cancellationToken);

    Task<IReadOnlyList<LogEntry>> ReadLogAsync(GroupKey group, int number, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new action (revision 1) with its first log line and moves the plan's next number past it, in one
    /// transaction that fails if the number is taken.
    /// </summary>
    /// <param name="submission">The form instance's id (<see cref="Submissions"/>): if it already created an action,
    /// that one is named and nothing is stored.</param>
    Task<NewActionCommit> AddActionAsync(
        GroupKey group,
        ActionItem action,
        LogEntry created,
        string? submission,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Stores <paramref name="next"/>, the action's next revision, with its log line, in one transaction that fails if
    /// anyone changed the action since the revision before it.
    /// </summary>
    /// <param name="submission">The form instance's id (<see cref="Submissions"/>): if it already changed the action,
    /// what it did is returned and nothing is stored.</param>
    Task<ChangeCommit> ChangeActionAsync(
        GroupKey group,
        ActionItem next,
        LogEntry line,
        string? submission,
        CancellationToken cancellationToken
    );
}
