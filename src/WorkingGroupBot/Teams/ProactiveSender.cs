using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Teams;

/// <summary>
/// Proactive messages through the CloudAdapter. The SDK hands send failures inside ContinueConversationAsync to the
/// turn error handler and returns as if all went well, so every send's outcome is caught and judged here. Transient
/// HTTP faults (429 with Retry-After, 412, 502, 503, 504) are retried below, in the connector's HttpClient.
/// </summary>
internal sealed partial class ProactiveSender(
    BotAdapter adapter,
    SendRateLimiter limiter,
    ILogger<ProactiveSender> logger
) : IProactiveSender
{
    private const string Teams = "msteams";

    public async Task<SendOutcome> SendAsync(
        ConversationAddress address,
        JsonObject card,
        CancellationToken cancellationToken
    )
    {
        using var span = Telemetry.Source.StartActivity("send");
        var outcome = await SendThrottledAsync(address, card, cancellationToken);
        span?.SetTag("wgb.outcome", outcome.ToString());
        if (outcome != SendOutcome.Sent)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
        }

        return outcome;
    }

    private async Task<SendOutcome> SendThrottledAsync(
        ConversationAddress address,
        JsonObject card,
        CancellationToken cancellationToken
    )
    {
        if (!await limiter.WaitAsync(address.TenantId, address.ConversationId, cancellationToken))
        {
            return SendOutcome.Failed;
        }

        var outcome = SendOutcome.Failed;
        await adapter.ContinueConversationAsync(
            AppIdOf(address.BotId),
            ReferenceTo(address),
            async (turnContext, ct) =>
            {
                outcome = await JudgeAsync(
                    () => turnContext.SendActivityAsync(new CardReply(card).ToActivity(), ct),
                    address.ConversationId
                );
            },
            cancellationToken
        );
        return outcome;
    }

    public async Task<(SendOutcome Outcome, ConversationAddress? Chat)> OpenPersonalChatAsync(
        Group group,
        Member member,
        CancellationToken cancellationToken
    )
    {
        var channel = group.Channel;
        if (!await limiter.WaitAsync(group.Key.TenantId, member.AadObjectId, cancellationToken))
        {
            return (SendOutcome.Failed, null);
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(channel.BotId, channel.BotName),
            Members = [new ChannelAccount(member.Identity.TeamsUserId)],
            TenantId = group.Key.TenantId,
            ChannelData = new { tenant = new { id = group.Key.TenantId } },
        };
        ConversationAddress? opened = null;
        var outcome = await JudgeAsync(
            () =>
                adapter.CreateConversationAsync(
                    AppIdOf(channel.BotId),
                    Teams,
                    channel.ServiceUrl,
                    null,
                    parameters,
                    (turnContext, _) =>
                    {
                        opened = channel with { ConversationId = turnContext.Activity.Conversation.Id };
                        return Task.CompletedTask;
                    },
                    cancellationToken
                ),
            member.AadObjectId
        );
        return (opened is null && outcome == SendOutcome.Sent ? SendOutcome.Failed : outcome, opened);
    }

    /// <summary>
    /// Runs a connector call and says what came of it. 403 (the bot blocked or removed) and 404 (the conversation is
    /// not
    /// found) mean Teams will not deliver there, however often it is asked.
    /// </summary>
    private async Task<SendOutcome> JudgeAsync(Func<Task> call, string target)
    {
        try
        {
            await call();
            return SendOutcome.Sent;
        }
        catch (ErrorResponseException e)
            when (e.Response?.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
        {
            LogRefused(logger, target, e.Body?.Error?.Code);
            return SendOutcome.Unreachable;
        }
        catch (Exception e)
            when (e is HttpOperationException or ErrorResponseException or HttpRequestException or TaskCanceledException
            )
        {
            LogFailed(logger, e, target);
            return SendOutcome.Failed;
        }
    }

    private static ConversationReference ReferenceTo(ConversationAddress address) =>
        new()
        {
            ChannelId = Teams,
            ServiceUrl = address.ServiceUrl,
            Bot = new ChannelAccount(address.BotId, address.BotName),
            Conversation = new ConversationAccount(
                id: address.ConversationId,
                tenantId: address.TenantId,
                conversationType: null
            ),
        };

    /// <summary>Teams names the bot "28:" followed by its app id.</summary>
    public static string AppIdOf(string botId) =>
        botId.StartsWith("28:", StringComparison.Ordinal) ? botId[3..] : botId;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams refused a message to {Target} ({Code}): unreachable")]
    private static partial void LogRefused(ILogger logger, string target, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message to {Target} was not sent; it will be tried again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string target);
}
