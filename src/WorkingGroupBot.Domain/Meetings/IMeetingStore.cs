using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Meetings;

/// <summary>A group's meeting series and what is known of each meeting, in the group's own partition.</summary>
public interface IMeetingStore
{
    Task<IReadOnlyList<MeetingSeries>> ListSeriesAsync(GroupKey group, CancellationToken cancellationToken);

    Task<MeetingSeries?> FindSeriesAsync(GroupKey group, string seriesId, CancellationToken cancellationToken);

    Task AddSeriesAsync(GroupKey group, MeetingSeries series, CancellationToken cancellationToken);

    /// <summary>Changes a series on its stored state, again if someone changed it meanwhile; null from the change
    /// leaves it.</summary>
    Task<MeetingSeries?> UpdateSeriesAsync(
        GroupKey group,
        string seriesId,
        Func<MeetingSeries, MeetingSeries?> change,
        CancellationToken cancellationToken
    );

    Task<MeetingRecord> FindRecordAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        CancellationToken cancellationToken
    );

    /// <summary>Changes a meeting's record without losing a concurrent change (attendance answers come in
    /// together).</summary>
    Task<MeetingRecord> UpdateRecordAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        Func<MeetingRecord, MeetingRecord> change,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Adds decisions to a meeting's record (as stored now) and stores the action the first one becomes, in one
    /// transaction that fails if the record changed meanwhile or the action's number is taken: all or nothing.
    /// </summary>
    /// <param name="submission">The decisions form instance's id (<see cref="Plans.Submissions"/>): if it took effect
    /// already, nothing is stored.</param>
    Task<DecisionsCommit> AddDecisionsAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        NewDecisions decisions,
        string? submission,
        CancellationToken cancellationToken
    );
}
