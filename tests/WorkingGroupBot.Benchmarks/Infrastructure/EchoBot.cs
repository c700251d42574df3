using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>
/// The floor a turn cannot go below: the SDK's work for the same activity (read, TurnContext, Teams handler dispatch,
/// the reply through the connector client or the invoke response) with no storage and no card of ours.
/// </summary>
public sealed class EchoBot : TeamsActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult(new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = "application/vnd.microsoft.activity.message",
            Value = "echo: " + invokeValue.Action.Verb,
        });
}
