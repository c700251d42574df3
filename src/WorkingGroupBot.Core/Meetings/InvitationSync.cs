using Microsoft.Extensions.Logging;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// Keeps a series' Outlook invitation in step with it when the bot sends invitations. The series is always saved
/// first: a failure of Outlook (after the Graph client's own retries) is logged and becomes a note for the chair,
/// never a failed turn. The invitation keeps what Outlook has (<see cref="OutlookInvitation.Synced"/>), so a change
/// Outlook missed goes with the next one, or when a chair asks (<see cref="SyncAsync"/>).
/// </summary>
public sealed partial class InvitationSync(
    IMeetingInvitations invitations,
    IMeetingStore meetings,
    ILogger<InvitationSync> logger
)
{
    /// <summary>Teams abandons a turn after about 15 s: Outlook gets this long (retries included) within one.</summary>
    public static readonly TimeSpan TurnBudget = TimeSpan.FromSeconds(8);

    /// <summary>Sends a new series (already saved) as an invitation and stores the event on it; the note for the chair
    /// when that did not fully work, else null.</summary>
    public async Task<TextKey?> CreateAsync(
        Group group,
        MeetingSeries series,
        IReadOnlyList<Member> members,
        CancellationToken cancellationToken
    )
    {
        if (!invitations.Enabled)
        {
            return null;
        }

        var attendees = InvitationEvents.Attendees(members);
        if (InvitationEvents.For(group, series, attendees) is not { } invitation)
        {
            return TextKey.InvitationRuleUnsupported;
        }

        var created = await TryAsync(
            group,
            series,
            token => invitations.CreateAsync(invitation, token),
            cancellationToken
        );
        if (created is null)
        {
            return TextKey.InvitationNotSent;
        }

        // A series that carries on another (changed from a date) brings its cancelled and moved meetings along.
        var fresh = series with { Cancelled = [], Moved = [] };
        var stored = new OutlookInvitation(
            created.EventId,
            created.JoinUrl,
            InvitationEvents.Digest(attendees),
            InvitationState.Of(fresh)
        );
        await meetings.UpdateSeriesAsync(group.Key, series.Id, s => s with { Invitation = stored }, cancellationToken);
        return await BringInStepAsync(group, created.EventId, fresh, series, cancellationToken);
    }

    /// <summary>Brings the invitation of a changed series (a meeting cancelled or moved, the series ended) in step;
    /// the note for the chair when that failed, else null.</summary>
    public async Task<TextKey?> ChangedAsync(
        Group group,
        MeetingSeries before,
        MeetingSeries after,
        CancellationToken cancellationToken
    )
    {
        if (!invitations.Enabled || before.Invitation is not { } invitation)
        {
            return null;
        }

        var outlook = invitation.Synced?.On(before) ?? before;
        return await BringInStepAsync(group, invitation.EventId, outlook, after, cancellationToken);
    }

    /// <summary>Whether a chair should send the series' invitation again: one of its meetings is still to come, and
    /// it was never sent (though Outlook can repeat it) or Outlook missed a change.</summary>
    public bool IsBehind(MeetingSeries series, DateTimeOffset now) =>
        invitations.Enabled
        && MeetingCalendar.Between(series, now, now.AddYears(2)).Count > 0
        && (
            series.Invitation is { Synced: { } synced }
                ? !synced.Matches(series)
                : series.Invitation is null && OutlookRecurrence.Of(series) is not null
        );

    /// <summary>Sends a series that has no invitation, or brings one in step that missed changes (a chair
    /// asked).</summary>
    public Task<TextKey?> SyncAsync(
        Group group,
        MeetingSeries series,
        IReadOnlyList<Member> members,
        CancellationToken cancellationToken
    ) =>
        series.Invitation is null
            ? CreateAsync(group, series, members, cancellationToken)
            : ChangedAsync(group, series, series, cancellationToken);

    /// <summary>Applies what the series has and Outlook does not; when that worked, notes that Outlook has it
    /// now.</summary>
    private async Task<TextKey?> BringInStepAsync(
        Group group,
        string eventId,
        MeetingSeries outlook,
        MeetingSeries series,
        CancellationToken cancellationToken
    )
    {
        var applied = await TryAsync(
            group,
            series,
            token => ApplyAsync(group, eventId, outlook, series, token),
            cancellationToken
        );
        if (!applied)
        {
            return TextKey.InvitationNotUpdated;
        }

        var synced = InvitationState.Of(series);
        await meetings.UpdateSeriesAsync(
            group.Key,
            series.Id,
            s =>
                s.Invitation is { } i && i.EventId == eventId
                    ? s with
                    {
                        Invitation = i with { Synced = synced },
                    }
                    : null,
            cancellationToken
        );
        return null;
    }

    private async Task<bool> ApplyAsync(
        Group group,
        string eventId,
        MeetingSeries before,
        MeetingSeries after,
        CancellationToken cancellationToken
    )
    {
        var comment = TextSet.For(group.Language)[TextKey.InvitationCancelled];
        if (after.EndsOn is { } ends && ends != before.EndsOn)
        {
            if (ends < after.FirstDate)
            {
                await invitations.CancelSeriesAsync(eventId, comment, cancellationToken);
                return true;
            }

            if (OutlookRecurrence.Of(after) is { } recurrence)
            {
                await invitations.SetRecurrenceAsync(eventId, recurrence, cancellationToken);
            }
        }

        foreach (
            var date in after.Cancelled.Except(before.Cancelled).Where(d => after.EndsOn is null || d <= after.EndsOn)
        )
        {
            await invitations.CancelAsync(eventId, InvitationEvents.Current(before, date), comment, cancellationToken);
        }

        foreach (var move in after.Moved.Except(before.Moved).Where(m => !after.Cancelled.Contains(m.OriginalDate)))
        {
            var moved = InvitationEvents.Current(after, move.OriginalDate);
            await invitations.MoveAsync(
                eventId,
                InvitationEvents.Current(before, move.OriginalDate),
                moved.Start,
                moved.End,
                after.TimeZone,
                cancellationToken
            );
        }

        return true;
    }

    /// <summary>The call's result, or null (false) when it failed or ran out of the turn's budget for
    /// Outlook.</summary>
    private async Task<T?> TryAsync<T>(
        Group group,
        MeetingSeries series,
        Func<CancellationToken, Task<T>> call,
        CancellationToken cancellationToken
    )
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Real time, not the host's clock: Teams' patience is real.
        budget.CancelAfter(TurnBudget);
        try
        {
            return await call(budget.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogInvitationFailed(logger, e, group.Key.ToString(), series.Id);
            return default;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "The Outlook invitation of meeting series {Series} of {Group} was not sent or updated"
    )]
    private static partial void LogInvitationFailed(ILogger logger, Exception exception, string group, string series);
}
