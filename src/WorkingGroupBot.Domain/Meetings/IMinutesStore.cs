using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Meetings;

/// <summary>Every revision of the minutes of a group's meetings, in the group's own partition.</summary>
public interface IMinutesStore
{
    /// <summary>Every revision of every meeting's minutes, each meeting's oldest revision first.</summary>
    Task<IReadOnlyList<Minutes>> ListAsync(GroupKey group, CancellationToken cancellationToken);

    /// <summary>Every revision of one meeting's minutes, oldest first.</summary>
    Task<IReadOnlyList<Minutes>> RevisionsAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        CancellationToken cancellationToken
    );

    /// <summary>The latest revision of one meeting's minutes, or null when none were started.</summary>
    Task<Minutes?> FindAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        CancellationToken cancellationToken
    );

    /// <summary>
    /// Changes the latest revision as stored now (null when there is none), again if someone changed it meanwhile.
    /// The change returns the same revision to replace it, the next revision to add it beside it, or null to leave
    /// everything; the result is what is stored.
    /// </summary>
    Task<Minutes?> UpdateAsync(
        GroupKey group,
        string seriesId,
        DateOnly originalDate,
        Func<Minutes?, Minutes?> change,
        CancellationToken cancellationToken
    );
}
