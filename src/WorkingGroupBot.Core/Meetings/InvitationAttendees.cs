using Microsoft.Extensions.Logging;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// After a roster sync, sends the Outlook invitation of each of the group's series that still has meetings to whoever
/// is in the group now (only where that changed). A failure is logged; the next sync tries again.
/// </summary>
public sealed partial class InvitationAttendees(
    IMeetingInvitations invitations,
    IMeetingStore meetings,
    IMemberStore members,
    TimeProvider clock,
    ILogger<InvitationAttendees> logger
) : IRosterUpdates
{
    public async Task SyncedAsync(Group group, CancellationToken cancellationToken)
    {
        if (!invitations.Enabled)
        {
            return;
        }

        try
        {
            await UpdateAsync(group, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogAttendeesFailed(logger, e, group.Key.ToString());
        }
    }

    private async Task UpdateAsync(Group group, CancellationToken cancellationToken)
    {
        var today = clock.Today(group.TimeZone);
        var invited = (await meetings.ListSeriesAsync(group.Key, cancellationToken))
            .Where(s => s.Invitation is not null && (s.EndsOn is null || s.EndsOn >= today))
            .ToList();
        if (invited.Count == 0)
        {
            return;
        }

        var attendees = InvitationEvents.Attendees(await members.ListAsync(group.Key, cancellationToken));
        var digest = InvitationEvents.Digest(attendees);
        foreach (var series in invited.Where(s => s.Invitation!.Attendees != digest))
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(InvitationSync.TurnBudget);
            await invitations.SetAttendeesAsync(series.Invitation!.EventId, attendees, budget.Token);
            await meetings.UpdateSeriesAsync(
                group.Key,
                series.Id,
                s => s.Invitation is { } i ? s with { Invitation = i with { Attendees = digest } } : null,
                cancellationToken
            );
        }
    }

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "The Outlook invitations of {Group} were not updated with its roster; the next roster sync tries again"
    )]
    private static partial void LogAttendeesFailed(ILogger logger, Exception exception, string group);
}
