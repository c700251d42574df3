using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Plans;

/// <summary>A group's plan, its areas, its actions and their history; all kept in the group's own partition.</summary>
public interface IPlanStore
{
    /// <summary>The plan, or null when no chair has started it yet.</summary>
    Task<Plan?> FindPlanAsync(GroupKey group, CancellationToken cancellationToken);

    /// <summary>Starts the plan with these areas; a plan that was already started is left as it is.</summary>
    Task<Plan> StartPlanAsync(GroupKey group, IReadOnlyList<Area> areas, CancellationToken cancellationToken);

    Task SaveAreaAsync(GroupKey group, Area area, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActionItem>> ListActionsAsync(GroupKey group, CancellationToken cancellationToken);

    Task<ActionItem?> FindActionAsync(GroupKey group, int number, CancellationToken cancellationToken);

    Task<IReadOnlyList<LogEntry>> ReadLogAsync(GroupKey group, int number, CancellationToken cancellationToken);

    /// <summary>Gives the action the group's next number and stores it with its first log line, atomically.</summary>
    /// <param name="read">The plan as this turn read it (<see cref="FindPlanAsync"/>): its next number is tried first.</param>
    /// <param name="submission">The form instance's id (<see cref="Submissions"/>): if it already created an action, that action is returned and nothing is stored.</param>
    /// <param name="beforeCommit">Runs on each attempt with the action about to be stored (stored: null); if it fails, nothing is stored.</param>
    Task<ActionItem> CreateActionAsync(GroupKey group, Plan read, Func<int, ActionItem> create, LogEntry created, string? submission, BeforeCommit beforeCommit, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="decide"/> to the action as <paramref name="read"/> and writes the result only if nobody
    /// changed the action since; otherwise decides again on the action as stored then. No update is lost.
    /// </summary>
    /// <param name="read">The action as this turn read it (<see cref="FindActionAsync"/>).</param>
    /// <param name="submission">The form instance's id (<see cref="Submissions"/>): if it already changed the action, that change is returned as applied and nothing is stored.</param>
    /// <param name="beforeCommit">Runs on each attempt with the stored action and the one about to replace it; if it fails, nothing is stored.</param>
    Task<ActionEdit> UpdateActionAsync(GroupKey group, ActionItem read, Func<ActionItem, ActionEdit> decide, string? submission, BeforeCommit beforeCommit, CancellationToken cancellationToken);
}

/// <summary>Work that must be done before an action is stored (or changed), such as promising to plan its reminders.</summary>
/// <param name="stored">The action as stored now; null when it is new.</param>
public delegate Task BeforeCommit(ActionItem? stored, ActionItem next);
