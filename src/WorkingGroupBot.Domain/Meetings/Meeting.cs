namespace WorkingGroupBot.Meetings;

/// <summary>One meeting of a series. It is known by its series and the date it was planned on, even when
/// moved.</summary>
public sealed record Meeting(
    string SeriesId,
    DateOnly OriginalDate,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Title,
    string Place,
    bool Moved
)
{
    /// <summary>The series' Teams meeting link, when it was sent as an Outlook invitation.</summary>
    public string? JoinUrl { get; init; }
}
