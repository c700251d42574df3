namespace WorkingGroupBot.Meetings;

/// <summary>
/// The recurring Outlook event a series was sent as (through Microsoft Graph, in the organiser's calendar), so later
/// changes reach the same invitation.
/// </summary>
/// <param name="EventId">The series master's event id in the organiser's calendar.</param>
/// <param name="JoinUrl">The Teams meeting's join link, the same for every meeting of the series; null when Outlook
/// gave none.</param>
/// <param name="Attendees">A digest of the addresses last invited, so a roster sync that changes none sends
/// nothing.</param>
/// <param name="Synced">What Outlook has of the series' cancelled and moved meetings and its end, as last brought in
/// step; null on an invitation from before this was kept.</param>
public sealed record OutlookInvitation(
    string EventId,
    string? JoinUrl,
    string Attendees,
    InvitationState? Synced = null
);

/// <summary>A series' cancelled and moved meetings and its end: what its Outlook invitation must show.</summary>
public sealed record InvitationState(
    IReadOnlyList<DateOnly> Cancelled,
    IReadOnlyList<MovedOccurrence> Moved,
    DateOnly? EndsOn
)
{
    public static InvitationState Of(MeetingSeries series) => new(series.Cancelled, series.Moved, series.EndsOn);

    public bool Matches(MeetingSeries series) =>
        Cancelled.SequenceEqual(series.Cancelled) && Moved.SequenceEqual(series.Moved) && EndsOn == series.EndsOn;

    /// <summary>The series as Outlook has it: with these cancellations, moves and end.</summary>
    public MeetingSeries On(MeetingSeries series) =>
        series with
        {
            Cancelled = Cancelled,
            Moved = Moved,
            EndsOn = EndsOn,
        };
}
