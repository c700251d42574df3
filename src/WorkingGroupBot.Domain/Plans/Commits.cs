namespace WorkingGroupBot.Plans;

/// <summary>
/// What one conditional write of an action's change did. The store tries once and says what happened; deciding again
/// on the stored action is the caller's (<see cref="ActionChanges"/>).
/// </summary>
public abstract record ChangeCommit
{
    /// <summary>Stored (also when the storage's answer was lost and the write, sent again, met its own commit).
    /// </summary>
    public sealed record Applied : ChangeCommit;

    /// <summary>Someone changed the action first; nothing was stored.</summary>
    /// <param name="Stored">The action as stored now; null when it is gone.</param>
    public sealed record Conflict(ActionItem? Stored) : ChangeCommit;

    /// <summary>This submission took effect before; nothing was stored.</summary>
    /// <param name="Stored">The action as stored now; null when it is gone.</param>
    /// <param name="Revision">The revision the first submission made.</param>
    /// <param name="Line">That revision's log line.</param>
    public sealed record Replayed(ActionItem? Stored, int Revision, LogEntry Line) : ChangeCommit;
}

/// <summary>What one conditional write of a new action did (see <see cref="ChangeCommit"/>).</summary>
public abstract record NewActionCommit
{
    public sealed record Applied : NewActionCommit;

    /// <summary>Another action took the number first; nothing was stored.</summary>
    /// <param name="NextNumber">The plan's next number as stored now.</param>
    public sealed record Conflict(int NextNumber) : NewActionCommit;

    /// <summary>This submission created <paramref name="Action"/> before; nothing was stored.</summary>
    public sealed record Replayed(ActionItem Action) : NewActionCommit;
}
