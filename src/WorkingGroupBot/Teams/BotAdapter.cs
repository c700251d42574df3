using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Teams;

/// <summary>The SDK's CloudAdapter with one error handler: log the exception, tell the person, change nothing
/// more.</summary>
internal sealed partial class BotAdapter : CloudAdapter
{
    public BotAdapter(BotFrameworkAuthentication authentication, ILogger<BotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnFailed(logger, exception, turnContext.Activity.Type, turnContext.Activity.Conversation?.Id);
            var apology = TextSet.For(TeamsTurn.LanguageOf(turnContext.Activity))[TextKey.SomethingWentWrong];
            try
            {
                await turnContext.SendActivityAsync(Apology(turnContext.Activity, apology));
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                LogApologyFailed(logger, sendFailure);
            }
        };
    }

    /// <summary>
    /// A card button press (an invoke) is answered in its HTTP response, shown to the person who pressed it: without
    /// one the SDK would answer Teams with a 501 and the card would show a generic error.
    /// </summary>
    private static IActivity Apology(Activity failed, string text) =>
        failed.Type == ActivityTypes.Invoke
            ? new Activity
            {
                Type = ActivityTypesEx.InvokeResponse,
                Value = new InvokeResponse { Status = 200, Body = new TextReply(text).ToInvokeResponse() },
            }
            : MessageFactory.Text(text);

    /// <summary>Runs one turn for an activity the endpoint has already read and checked.</summary>
    public Task<InvokeResponse> ProcessAsync(
        string authHeader,
        Activity activity,
        IBot bot,
        CancellationToken cancellationToken
    ) => ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} in {ConversationId}")]
    private static partial void LogTurnFailed(
        ILogger logger,
        Exception exception,
        string activityType,
        string? conversationId
    );

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user that their turn failed")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
