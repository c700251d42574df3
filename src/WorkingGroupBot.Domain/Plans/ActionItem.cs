namespace WorkingGroupBot.Plans;

/// <summary>One action (uzdevums) of a group's plan. Revision grows with every change, so a card can tell it is
/// stale.</summary>
public sealed record ActionItem
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required string AreaId { get; init; }
    public required IReadOnlyList<string> Responsible { get; init; }

    /// <summary>The institution that owns the action, or null; its representatives are among
    /// <see cref="Responsible"/>, kept so when the institution's representatives change.</summary>
    public string? Institution { get; init; }

    /// <summary>
    /// On an institution's action, the people a chair named on it by name (a representative among them stays when the
    /// institution replaces them); null without an institution, or on an action saved before this was kept.
    /// </summary>
    public IReadOnlyList<string>? Named { get; init; }
    public required DateOnly Deadline { get; init; }
    public TimeOnly? DeadlineTime { get; init; }
    public ActionStatus Status { get; init; } = ActionStatus.Open;
    public string? BlockedReason { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StatusChangedAt { get; init; }
    public int Revision { get; init; }

    public bool IsResponsible(string aadObjectId) => Responsible.Contains(aadObjectId);

    public bool IsOverdue(DateOnly today) => !Status.IsClosed() && Deadline < today;
}
