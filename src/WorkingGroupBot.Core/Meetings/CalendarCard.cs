using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>Calendar feed links to subscribe to in Outlook; whoever owns a link (a chair, for the group's) can renew or
/// revoke it.</summary>
public static class CalendarCard
{
    public const string Personal = "personal";
    public const string GroupFeed = "group";

    public static JsonObject Build(
        TextSet texts,
        Group group,
        string? personalUrl,
        string? groupUrl,
        bool viewerIsChair,
        Notice? notice = null
    )
    {
        var data = new JsonObject { [CardData.Group] = group.Key.GroupId };
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts[TextKey.CalendarTitle]),
            .. Notices.Block(notice),
            AdaptiveCard.Text(texts[TextKey.CalendarIntro]),
            .. Feed(texts, texts[TextKey.CalendarPersonal], personalUrl, data, Personal),
            .. viewerIsChair
                ? Feed(texts, texts.Format(TextKey.CalendarGroup, group.Name), groupUrl, data, GroupFeed)
                : [],
        ];
        return AdaptiveCard.Create(body);
    }

    /// <summary>One feed: its link and buttons, or, when it has none (revoked), a button to make one.</summary>
    private static IEnumerable<JsonNode> Feed(TextSet texts, string title, string? url, JsonObject data, string feed)
    {
        var feedData = ((JsonObject)data.DeepClone()).With(CardData.Feed, feed);
        yield return AdaptiveCard.Subheading(title);
        if (url is null)
        {
            yield return AdaptiveCard.Text(texts[TextKey.CalendarNoLink], subtle: true);
            yield return AdaptiveCard.Buttons([
                AdaptiveCard.Execute(texts[TextKey.ButtonRenewFeed], Verbs.RenewFeed, feedData),
            ]);
            yield break;
        }

        yield return AdaptiveCard.Text(url);
        yield return AdaptiveCard.Buttons([
            AdaptiveCard.OpenUrl(texts[TextKey.ButtonOpenFeed], url),
            AdaptiveCard.Execute(texts[TextKey.ButtonRenewFeed], Verbs.RenewFeed, feedData),
            AdaptiveCard.Execute(texts[TextKey.ButtonRevokeFeed], Verbs.RevokeFeed, (JsonObject)feedData.DeepClone()),
        ]);
    }
}
