using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Teams;

/// <summary>Reads who, where and in which language from a Teams activity.</summary>
internal static class TeamsTurn
{
    public static Turn From(Activity activity)
    {
        var scope = ScopeOf(activity);
        return new Turn
        {
            Caller = CallerOf(activity),
            Scope = scope,
            Group = scope == ConversationScope.Personal ? null : new GroupKey(TenantOf(activity)!, GroupIdOf(activity)),
        };
    }

    public static Caller CallerOf(Activity activity) =>
        new()
        {
            TenantId = TenantOf(activity)!,
            AadObjectId = activity.From.AadObjectId ?? activity.From.Id,
            TeamsUserId = activity.From.Id,
            Name = activity.From.Name ?? "",
            Language = LanguageOf(activity),
            TimeZone = TextOf(ClientInfo(activity)?["timezone"]),
        };

    /// <summary>The tenant of the conversation; null when the activity has none or names two different ones.</summary>
    public static string? TenantOf(Activity activity)
    {
        var fromConversation = activity.Conversation?.TenantId;
        var fromChannelData = TextOf((activity.ChannelData as JObject)?.SelectToken("tenant.id"));
        return (fromConversation, fromChannelData) switch
        {
            (null or "", null or "") => null,
            (null or "", _) => fromChannelData,
            (_, null or "") => fromConversation,
            _ => fromConversation == fromChannelData ? fromConversation : null,
        };
    }

    public static Language LanguageOf(Activity activity) => Languages.FromLocale(LocaleOf(activity));

    /// <summary>
    /// A new group's language: the installer's locale when the install event carries one (Teams often sends none on a
    /// conversationUpdate), else Latvian, which most groups speak.
    /// </summary>
    private static Language GroupLanguageOf(Activity activity) =>
        LocaleOf(activity) is { } locale ? Languages.FromLocale(locale) : Language.Latvian;

    private static string? LocaleOf(Activity activity) => activity.Locale ?? TextOf(ClientInfo(activity)?["locale"]);

    public static ConversationScope ScopeOf(Activity activity) =>
        activity.Conversation?.ConversationType switch
        {
            "channel" => ConversationScope.Channel,
            "groupChat" => ConversationScope.GroupChat,
            _ when TeamOf(activity) is not null => ConversationScope.Channel,
            _ when activity.Conversation?.IsGroup == true => ConversationScope.GroupChat,
            _ => ConversationScope.Personal,
        };

    /// <param name="texts">For the name of a group chat that has none.</param>
    public static Group NewGroup(Activity activity, DateTimeOffset now)
    {
        var team = TeamOf(activity);
        var language = GroupLanguageOf(activity);
        return new Group
        {
            Key = new GroupKey(TenantOf(activity)!, GroupIdOf(activity)),
            Name = new[] { team?.Name, activity.Conversation.Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                ?? TextSet.For(language)[TextKey.UnnamedGroup],
            Kind = team is null ? GroupKind.GroupChat : GroupKind.Team,
            Channel = AddressOf(
                activity,
                TextOf((activity.ChannelData as JObject)?.SelectToken("settings.selectedChannel.id"))
            ),
            Active = true,
            CreatedAt = now,
            Language = language,
        };
    }

    /// <summary>Where to write to this conversation later: without the thread part of a channel message's id.</summary>
    public static ConversationAddress AddressOf(Activity activity, string? conversationId = null) =>
        new()
        {
            ServiceUrl = activity.ServiceUrl,
            ConversationId = (conversationId ?? activity.Conversation.Id).Split(";messageid=")[0],
            TenantId = TenantOf(activity)!,
            BotId = activity.Recipient.Id,
            BotName = activity.Recipient.Name,
        };

    private static string GroupIdOf(Activity activity) =>
        TeamOf(activity)?.Id ?? activity.Conversation.Id.Split(";messageid=")[0];

    private static TeamInfo? TeamOf(Activity activity) =>
        (activity.ChannelData as JObject)?["team"] is JObject team ? team.ToObject<TeamInfo>() : null;

    /// <summary>
    /// A value of the channel data or client info as text; an object or array where Teams sends a string reads as
    /// absent.
    /// (Newtonsoft's Value&lt;string&gt; throws on those, and on a value it read as a date or a big integer, which made
    /// such a request a 500.)
    /// </summary>
    private static string? TextOf(JToken? token) =>
        token is JValue { Type: not JTokenType.Null } value ? value.ToString(CultureInfo.InvariantCulture) : null;

    private static JObject? ClientInfo(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Properties;
}
