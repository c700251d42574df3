using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Installation;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Teams;

/// <summary>Turns Teams activities into calls of the domain's handlers, and their answers into replies. Nothing
/// more.</summary>
internal sealed class TeamsBot(
    CommandDispatcher commands,
    MemberSearch search,
    InstallationService installation,
    TimeProvider clock
) : TeamsActivityHandler
{
    /// <summary>A typed command, or an Action.Submit press (an empty message whose value is the card's data and
    /// inputs).</summary>
    protected override async Task OnMessageActivityAsync(
        ITurnContext<IMessageActivity> turnContext,
        CancellationToken cancellationToken
    )
    {
        var activity = IncomingOf(turnContext);
        var text = activity.Text is null ? null : activity.RemoveRecipientMention()?.Trim();
        var input = CardInputs.From(activity.Value);
        var verb = activity.Value is null ? CommandParser.Parse(text) : input.String(CardData.Verb);
        var reply = await commands.HandleAsync(
            new Request(TeamsTurn.From(activity), verb, input, text),
            cancellationToken
        );
        if (
            reply is CardReply
            && input.String(CardData.InPlace) == "true"
            && activity.ReplyToId is { Length: > 0 } pressed
            && await TryReplaceAsync(turnContext, pressed, reply, cancellationToken)
        )
        {
            return;
        }

        await turnContext.SendActivityAsync(reply.ToActivity(), cancellationToken);
    }

    /// <summary>
    /// The answer to an Action.Submit fallback of a Universal Action replaces the pressed card, as the Execute's would;
    /// false when Teams would not update it (e.g. the message is gone), and the answer then comes as a new message.
    /// </summary>
    private static async Task<bool> TryReplaceAsync(
        ITurnContext turnContext,
        string pressed,
        Reply reply,
        CancellationToken cancellationToken
    )
    {
        var update = (Activity)reply.ToActivity();
        update.Id = pressed;
        try
        {
            await turnContext.UpdateActivityAsync(update, cancellationToken);
            return true;
        }
        catch (Microsoft.Bot.Schema.ErrorResponseException)
        {
            return false;
        }
    }

    /// <summary>An Action.Execute press (Universal Actions): the answer replaces the card in place.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken
    )
    {
        var request = new Request(
            TeamsTurn.From(IncomingOf(turnContext)),
            invokeValue.Action.Verb,
            CardInputs.From(invokeValue.Action.Data)
        );
        return (await commands.HandleAsync(request, cancellationToken)).ToInvokeResponse();
    }

    /// <summary>
    /// Type-ahead search in a people picker; every other invoke goes to the SDK's own dispatch. (The SDK's
    /// OnSearchInvokeAsync drops the dataset, which names the group, and refuses an empty query with a 400.)
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(
        ITurnContext<IInvokeActivity> turnContext,
        CancellationToken cancellationToken
    )
    {
        if (turnContext.Activity.Name != SearchInvokes.Name)
        {
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }

        var activity = IncomingOf(turnContext);
        return (
            await search.FindAsync(TeamsTurn.From(activity), SearchInvokes.QueryOf(activity.Value), cancellationToken)
        ).ToInvokeResponse();
    }

    protected override async Task OnTeamsMembersAddedAsync(
        IList<TeamsChannelAccount> membersAdded,
        TeamInfo teamInfo,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken
    )
    {
        var activity = IncomingOf(turnContext);
        var turn = TeamsTurn.From(activity);
        if (
            turn.Caller.Name.Length == 0
            && membersAdded.FirstOrDefault(m => m.Id == activity.From.Id)?.Name is { Length: > 0 } name
        )
        {
            // Install events may come without the sender's name; the SDK has looked the added member up already.
            turn = turn with { Caller = turn.Caller with { Name = name } };
        }

        var botAdded = membersAdded.Any(m => m.Id == activity.Recipient.Id);
        var welcome = (turn.Scope, botAdded) switch
        {
            (ConversationScope.Personal, true) => await installation.InstallPersonalAsync(
                turn,
                TeamsTurn.AddressOf(activity),
                cancellationToken
            ),
            (ConversationScope.Personal, false) => null,
            (_, true) => await installation.InstallInGroupAsync(
                TeamsTurn.NewGroup(activity, clock.GetUtcNow()),
                turn.Caller,
                cancellationToken
            ),
            (_, false) => await SyncRosterAsync(turn, cancellationToken),
        };
        if (welcome is not null)
        {
            await turnContext.SendActivityAsync(welcome.ToActivity(), cancellationToken);
        }
    }

    protected override async Task OnTeamsMembersRemovedAsync(
        IList<TeamsChannelAccount> membersRemoved,
        TeamInfo teamInfo,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken
    )
    {
        var turn = TeamsTurn.From(IncomingOf(turnContext));
        if (turn.Group is not { } group)
        {
            return;
        }

        if (membersRemoved.Any(m => m.Id == turnContext.Activity.Recipient.Id))
        {
            await installation.UninstallFromGroupAsync(group, cancellationToken);
        }
        else
        {
            await SyncRosterAsync(turn, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateRemoveAsync(
        ITurnContext<IInstallationUpdateActivity> turnContext,
        CancellationToken cancellationToken
    )
    {
        if (TeamsTurn.From(IncomingOf(turnContext)).Group is { } group)
        {
            await installation.UninstallFromGroupAsync(group, cancellationToken);
        }
    }

    private static Activity IncomingOf(ITurnContext turnContext) => turnContext.Activity;

    private async Task<Reply?> SyncRosterAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Group is { } group && await installation.IsActiveAsync(group, cancellationToken))
        {
            await installation.SyncRosterAsync(group, cancellationToken);
        }

        return null;
    }
}
