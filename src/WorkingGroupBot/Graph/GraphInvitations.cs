using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using WorkingGroupBot.Meetings;

namespace WorkingGroupBot.Graph;

/// <summary>
/// Outlook invitations through Microsoft Graph: one recurring event with a Teams meeting in the organiser's calendar
/// per series. The Graph client's default middleware retries 429 and 503 (honouring Retry-After); what still fails
/// throws, and the caller keeps the series saved.
/// </summary>
internal sealed class GraphInvitations(GraphServiceClient graph, IOptions<GraphOptions> options) : IMeetingInvitations
{
    private readonly string organizer = options.Value.Organizer;

    public bool Enabled => true;

    public async Task<InvitationCreated> CreateAsync(InvitationEvent invitation, CancellationToken cancellationToken)
    {
        var created = await graph
            .Users[organizer]
            .Events.PostAsync(GraphEvents.New(invitation), null, cancellationToken)
            ?? throw new InvalidOperationException("Graph answered the new event with no body");
        var id = created.Id ?? throw new InvalidOperationException("Graph answered the new event with no id");
        var joinUrl = created.OnlineMeeting?.JoinUrl;
        if (joinUrl is null)
        {
            // Teams may add the meeting to the event a moment after the event is made.
            var read = await graph
                .Users[organizer]
                .Events[id]
                .GetAsync(request => request.QueryParameters.Select = ["onlineMeeting"], cancellationToken);
            joinUrl = read?.OnlineMeeting?.JoinUrl;
        }

        return new InvitationCreated(id, joinUrl);
    }

    public Task SetRecurrenceAsync(string eventId, OutlookRecurrence recurrence, CancellationToken cancellationToken) =>
        graph
            .Users[organizer]
            .Events[eventId]
            .PatchAsync(new Event { Recurrence = GraphEvents.Recurrence(recurrence) }, null, cancellationToken);

    public Task SetAttendeesAsync(
        string eventId,
        IReadOnlyList<InvitationAttendee> attendees,
        CancellationToken cancellationToken
    ) =>
        graph
            .Users[organizer]
            .Events[eventId]
            .PatchAsync(new Event { Attendees = GraphEvents.Attendees(attendees) }, null, cancellationToken);

    public async Task MoveAsync(
        string eventId,
        InvitationOccurrence occurrence,
        DateTimeOffset start,
        DateTimeOffset end,
        string timeZone,
        CancellationToken cancellationToken
    )
    {
        var instanceId = await FindInstanceAsync(eventId, occurrence, cancellationToken);
        var zone = GroupZone(timeZone);
        await graph
            .Users[organizer]
            .Events[instanceId]
            .PatchAsync(
                new Event
                {
                    Start = GraphEvents.Time(
                        TimeZoneInfo.ConvertTime(start, zone).DateTime,
                        GraphEvents.WindowsZone(timeZone)
                    ),
                    End = GraphEvents.Time(
                        TimeZoneInfo.ConvertTime(end, zone).DateTime,
                        GraphEvents.WindowsZone(timeZone)
                    ),
                },
                null,
                cancellationToken
            );
    }

    public async Task CancelAsync(
        string eventId,
        InvitationOccurrence occurrence,
        string comment,
        CancellationToken cancellationToken
    ) =>
        await CancelEventAsync(
            await FindInstanceAsync(eventId, occurrence, cancellationToken),
            comment,
            cancellationToken
        );

    public Task CancelSeriesAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        CancelEventAsync(eventId, comment, cancellationToken);

    private Task CancelEventAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        graph
            .Users[organizer]
            .Events[eventId]
            .Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, null, cancellationToken);

    /// <summary>The id of the series' instance that was planned at the occurrence's original start, looked for where
    /// it is now.</summary>
    private async Task<string> FindInstanceAsync(
        string eventId,
        InvitationOccurrence occurrence,
        CancellationToken cancellationToken
    )
    {
        var instances = await graph
            .Users[organizer]
            .Events[eventId]
            .Instances.GetAsync(
                request =>
                {
                    request.QueryParameters.StartDateTime = Iso(occurrence.Start);
                    request.QueryParameters.EndDateTime = Iso(occurrence.End);
                    request.QueryParameters.Select = ["id", "originalStart", "start", "end"];
                },
                cancellationToken
            );
        var found = instances?.Value ?? [];
        var instance = found.FirstOrDefault(i => i.OriginalStart == occurrence.OriginalStart)
            ?? (found.Count == 1 ? found[0] : null);
        return instance?.Id
            ?? throw new InvalidOperationException(
                $"No instance of the series in Outlook was planned at {occurrence.OriginalStart:O}"
            );
    }

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo GroupZone(string timeZone) => Groups.GroupClock.Zone(timeZone);
}
