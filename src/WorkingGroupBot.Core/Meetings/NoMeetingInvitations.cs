namespace WorkingGroupBot.Meetings;

/// <summary>No Outlook invitations (Graph not configured): the calendar feeds are how meetings reach Outlook.</summary>
public sealed class NoMeetingInvitations : IMeetingInvitations
{
    public bool Enabled => false;

    public Task<InvitationCreated> CreateAsync(InvitationEvent invitation, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Outlook invitations are not configured");

    public Task SetRecurrenceAsync(string eventId, OutlookRecurrence recurrence, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task SetAttendeesAsync(
        string eventId,
        IReadOnlyList<InvitationAttendee> attendees,
        CancellationToken cancellationToken
    ) => Task.CompletedTask;

    public Task MoveAsync(
        string eventId,
        InvitationOccurrence occurrence,
        DateTimeOffset start,
        DateTimeOffset end,
        string timeZone,
        CancellationToken cancellationToken
    ) => Task.CompletedTask;

    public Task CancelAsync(
        string eventId,
        InvitationOccurrence occurrence,
        string comment,
        CancellationToken cancellationToken
    ) => Task.CompletedTask;

    public Task CancelSeriesAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
