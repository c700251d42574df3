using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Teams;

internal static class ReplyActivities
{
    private const string MessageResponseType = "application/vnd.microsoft.activity.message";

    public static IMessageActivity ToActivity(this Reply reply) =>
        reply switch
        {
            TextReply text => MessageFactory.Text(text.Text),
            CardReply card => WithSummary(
                MessageFactory.Attachment(
                    new Attachment { ContentType = AdaptiveCard.ContentType, Content = ToJObject(card) }
                ),
                AdaptiveCard.Summary(card.Card)
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply"),
        };

    /// <summary>A card replaces the one whose button was pressed; a text is shown to the person who pressed
    /// it.</summary>
    public static AdaptiveCardInvokeResponse ToInvokeResponse(this Reply reply) =>
        reply switch
        {
            TextReply text => new AdaptiveCardInvokeResponse
            {
                StatusCode = 200,
                Type = MessageResponseType,
                Value = text.Text,
            },
            CardReply card => new AdaptiveCardInvokeResponse
            {
                StatusCode = 200,
                Type = AdaptiveCard.ContentType,
                Value = ToJObject(card),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply"),
        };

    /// <summary>What the Teams notification and the chat list show instead of "Sent a card".</summary>
    private static IMessageActivity WithSummary(IMessageActivity activity, string summary)
    {
        activity.Summary = summary;
        return activity;
    }

    // The SDK serializes with Newtonsoft, so cards go over as JObjects.
    private static JObject ToJObject(CardReply card) => JObject.Parse(AdaptiveCard.ToJson(card.Card));
}
