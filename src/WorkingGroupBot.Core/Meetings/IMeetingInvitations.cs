namespace WorkingGroupBot.Meetings;

/// <summary>
/// Sends a meeting series as one recurring Outlook invitation with a Teams meeting, from the organiser's calendar the
/// municipality chose, and keeps it in step. Each call either did what it says or throws (after its own retries);
/// <see cref="InvitationSync"/> turns a failure into a note for the chair.
/// </summary>
public interface IMeetingInvitations
{
    /// <summary>False when the bot sends no invitations (Graph not configured): nothing else is called.</summary>
    bool Enabled { get; }

    Task<InvitationCreated> CreateAsync(InvitationEvent invitation, CancellationToken cancellationToken);

    /// <summary>Sets the recurrence of the whole series (e.g. a new end date).</summary>
    Task SetRecurrenceAsync(string eventId, OutlookRecurrence recurrence, CancellationToken cancellationToken);

    Task SetAttendeesAsync(
        string eventId,
        IReadOnlyList<InvitationAttendee> attendees,
        CancellationToken cancellationToken
    );

    /// <summary>Moves one meeting of the series to a new start and end (in the series' time zone).</summary>
    Task MoveAsync(
        string eventId,
        InvitationOccurrence occurrence,
        DateTimeOffset start,
        DateTimeOffset end,
        string timeZone,
        CancellationToken cancellationToken
    );

    /// <summary>Cancels one meeting of the series; the attendees get the comment.</summary>
    Task CancelAsync(
        string eventId,
        InvitationOccurrence occurrence,
        string comment,
        CancellationToken cancellationToken
    );

    /// <summary>Cancels the whole series (it ended before its first meeting).</summary>
    Task CancelSeriesAsync(string eventId, string comment, CancellationToken cancellationToken);
}

/// <summary>What a series' invitation says: the first meeting's start and end are local times in
/// <paramref name="TimeZone"/> (IANA), and the recurrence repeats them there.</summary>
public sealed record InvitationEvent(
    string Subject,
    string Body,
    string Location,
    DateTime Start,
    DateTime End,
    string TimeZone,
    OutlookRecurrence Recurrence,
    IReadOnlyList<InvitationAttendee> Attendees
);

public sealed record InvitationAttendee(string Name, string Address);

/// <summary>The event Outlook made: its id and its Teams meeting's join link (null if it gave none).</summary>
public sealed record InvitationCreated(string EventId, string? JoinUrl);

/// <summary>One meeting of the series as Outlook has it now: planned at <paramref name="OriginalStart"/>, now from
/// <paramref name="Start"/> to <paramref name="End"/> (the same unless it was moved).</summary>
public sealed record InvitationOccurrence(DateTimeOffset OriginalStart, DateTimeOffset Start, DateTimeOffset End);
