using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Meetings;

/// <summary>A group's meeting series and what is known of each meeting, in the group's own partition.</summary>
public interface IMeetingStore
{
    Task<IReadOnlyList<MeetingSeries>> ListSeriesAsync(GroupKey group, CancellationToken cancellationToken);

    Task<MeetingSeries?> FindSeriesAsync(GroupKey group, string seriesId, CancellationToken cancellationToken);

    Task AddSeriesAsync(GroupKey group, MeetingSeries series, CancellationToken cancellationToken);

    /// <summary>Changes a series on its stored state, again if someone changed it meanwhile; null from the change leaves it.</summary>
    Task<MeetingSeries?> UpdateSeriesAsync(GroupKey group, string seriesId, Func<MeetingSeries, MeetingSeries?> change, CancellationToken cancellationToken);

    Task<MeetingRecord> FindRecordAsync(GroupKey group, string seriesId, DateOnly originalDate, CancellationToken cancellationToken);

    /// <summary>Changes a meeting's record without losing a concurrent change (attendance answers come in together).</summary>
    Task<MeetingRecord> UpdateRecordAsync(GroupKey group, string seriesId, DateOnly originalDate, Func<MeetingRecord, MeetingRecord> change, CancellationToken cancellationToken);

    /// <summary>
    /// Adds decisions to a meeting's record and creates the action the first one asks for, in one transaction: all or
    /// nothing. A submission that already took effect changes nothing and returns the record as it is now.
    /// </summary>
    /// <param name="read">The plan as this turn read it: its next number is tried first.</param>
    /// <param name="submission">The decisions form instance's id (<see cref="Plans.Submissions"/>).</param>
    /// <param name="beforeCommit">Runs on each attempt with the action about to be stored; if it fails, nothing is stored.</param>
    /// <returns>The record, and the action created (null when none was, or on a second submission).</returns>
    Task<(MeetingRecord Record, Plans.ActionItem? Created)> RecordDecisionsAsync(
        GroupKey group, string seriesId, DateOnly originalDate, Plans.Plan read, NewDecisions decisions, string? submission, Plans.BeforeCommit beforeCommit, CancellationToken cancellationToken);
}
