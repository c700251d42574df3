namespace WorkingGroupBot.Meetings;

/// <summary>What one conditional write of a meeting's decisions did (see <see cref="Plans.ChangeCommit"/>).</summary>
public abstract record DecisionsCommit
{
    /// <param name="Record">The meeting's record with the decisions.</param>
    public sealed record Applied(MeetingRecord Record) : DecisionsCommit;

    /// <summary>The record was changed, or the action's number taken, first; nothing was stored.</summary>
    /// <param name="NextNumber">The plan's next number as stored now.</param>
    public sealed record Conflict(int NextNumber) : DecisionsCommit;

    /// <summary>This submission took effect before; nothing was stored.</summary>
    /// <param name="Record">The record as it is now.</param>
    public sealed record Replayed(MeetingRecord Record) : DecisionsCommit;
}
