using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// Sends a claimed reminder without outliving its claim, as a queue's visibility timeout bounds a worker: however slow
/// Teams is (the limiter's wait, retries after 429 with their Retry-After, the HTTP timeout), no other dispatcher may
/// take
/// the reminder over while this one may still deliver it.
/// </summary>
public sealed partial class ClaimedSender(
    IReminderStore store,
    IProactiveSender sender,
    PersonalChats personalChats,
    IStorageFailures storageFailures,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ClaimedSender> logger
)
{
    /// <summary>
    /// Sends while renewing the lease every third of its length. Should renewing fail (storage down, the claim lost),
    /// the
    /// send is cancelled a quarter lease before the claim ends and counts as failed. Returns the claim as last held.
    /// </summary>
    public async Task<(SendOutcome Outcome, DueReminder Held)> SendAsync(
        DueReminder claimed,
        Outgoing delivery,
        JsonObject card,
        CancellationToken cancellationToken
    )
    {
        var lease = options.Value.Lease;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (claimed.LeaseUntil - clock.GetUtcNow() < lease * 2 / 3)
        {
            // Composing the card took a third of the lease already.
            claimed = await RenewAsync(claimed, stop, cancellationToken);
            if (stop.IsCancellationRequested)
            {
                return (SendOutcome.Failed, claimed);
            }
        }

        using var claimEnds = new CancellationTokenSource(Remaining(claimed), clock);
        using var _ = claimEnds.Token.Register(stop.Cancel);
        var send = SendOnceAsync(delivery, card, stop.Token);
        try
        {
            while (
                await Task.WhenAny(send, Task.Delay(lease / 3, clock, stop.Token)) != send
                && !stop.IsCancellationRequested
            )
            {
                claimed = await RenewAsync(claimed, stop, cancellationToken);
                claimEnds.CancelAfter(Remaining(claimed));
            }

            return (await send, claimed);
        }
        catch (OperationCanceledException)
            when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogSendOutlivedClaim(logger, claimed.Reminder.Kind, claimed.Group.ToString());
            return (SendOutcome.Failed, claimed);
        }
        finally
        {
            // Ends the renewal timer of a send that is done.
            await stop.CancelAsync();
        }
    }

    /// <summary>The claim renewed; as it was when storage failed (tried again later); <paramref name="stop"/> cancelled
    /// when it is lost.</summary>
    private async Task<DueReminder> RenewAsync(
        DueReminder claimed,
        CancellationTokenSource stop,
        CancellationToken cancellationToken
    )
    {
        try
        {
            if (
                await store.RenewAsync(claimed, clock.GetUtcNow() + options.Value.Lease, cancellationToken) is
                { } renewed
            )
            {
                return renewed;
            }

            await stop.CancelAsync();
        }
        catch (Exception e) when (storageFailures.Is(e, cancellationToken))
        {
            LogRenewalFailed(logger, e, claimed.Reminder.Kind, claimed.Group.ToString());
        }

        return claimed;
    }

    /// <summary>
    /// Sends to the channel, or to the member's personal chat, opened first (and remembered for the next time) when the
    /// bot has none with them yet.
    /// </summary>
    private async Task<SendOutcome> SendOnceAsync(
        Outgoing delivery,
        JsonObject card,
        CancellationToken cancellationToken
    )
    {
        if (delivery.To is not { } to)
        {
            return await sender.SendAsync(delivery.Group.Channel, card, cancellationToken);
        }

        return await personalChats.SendAsync(delivery.Group, to.Member, to.Person, card, cancellationToken);
    }

    /// <summary>How long a send may still run under this claim: until a quarter lease before it ends.</summary>
    private TimeSpan Remaining(DueReminder claimed)
    {
        var left = (claimed.LeaseUntil ?? clock.GetUtcNow()) - clock.GetUtcNow() - options.Value.Lease / 4;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Storage failed while renewing the claim on a {Kind} reminder of {Group}; trying again"
    )]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, ReminderKind kind, string group);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A {Kind} reminder of {Group} was still being sent when its claim was about to end; cancelled, it will be retried"
    )]
    private static partial void LogSendOutlivedClaim(ILogger logger, ReminderKind kind, string group);
}
