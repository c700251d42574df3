using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Teams;

internal static class ReplyActivities
{
    public static IMessageActivity ToActivity(this Reply reply) => reply switch
    {
        TextReply text => MessageFactory.Text(text.Text),
        CardReply card => MessageFactory.Attachment(new Attachment
        {
            ContentType = AdaptiveCard.ContentType,
            // The SDK serializes with Newtonsoft, so the card goes over as a JObject.
            Content = JObject.Parse(card.Card.ToJsonString()),
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply"),
    };
}
