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
public sealed record OutlookInvitation(string EventId, string? JoinUrl, string Attendees);
