using System.Text.Json.Nodes;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// One tenant with a team (and its general channel), a group chat and some people, registered with the loopback
/// connector; builds the activities Teams sends to the bot. Each world has its own tenant id, so tests sharing a host
/// and storage never see each other's data.
/// </summary>
public sealed class TeamsWorld
{
    public const string BotId = "28:00000000-0000-0000-0000-00000000b07";
    public const string BotName = "WorkingGroupBot";

    private readonly LoopbackConnector connector;

    public TeamsWorld(LoopbackConnector connector, int people = 3)
    {
        this.connector = connector;
        TenantId = Guid.NewGuid().ToString();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        TeamId = $"19:team{suffix}@thread.tacv2";
        GroupChatId = $"19:chat{suffix}@thread.v2";
        string[] names = ["Anna Bērziņa", "Jānis Kalniņš", "Līga Ozola", "Pēteris Liepa", "Ilze Kļaviņa"];
        People = names.Take(people).Select(TestUser.Create).ToList();
        connector.SetRoster(TeamId, People);
        connector.SetRoster(GroupChatId, People);
    }

    private TeamsWorld(TeamsWorld other, string tenantId)
    {
        connector = other.connector;
        TenantId = tenantId;
        TeamId = other.TeamId;
        GroupChatId = other.GroupChatId;
        People = other.People;
    }

    /// <summary>The same team, chat and people, but activities claim another tenant: what a forged request looks like.</summary>
    public TeamsWorld InAnotherTenant() => new(this, Guid.NewGuid().ToString());

    public string TenantId { get; }
    public string TeamId { get; }
    public string TeamName => "Cēsu novada sadarbības grupa";
    public string GroupChatId { get; }
    public IReadOnlyList<TestUser> People { get; }
    public TestUser Anna => People[0];
    public TestUser Janis => People[1];
    public TestUser Liga => People[2];

    /// <summary>The general channel has the team's id.</summary>
    public string ChannelId => TeamId;

    public static string PersonalChatId(TestUser user) => "a:personal-" + user.AadObjectId;

    /// <summary>Someone joins the team in Teams (the test then delivers the conversationUpdate).</summary>
    public TestUser Join(string name)
    {
        var user = TestUser.Create(name);
        var roster = People.Append(user).ToList();
        connector.SetRoster(TeamId, roster);
        return user;
    }

    public void Leave(TestUser user) => connector.SetRoster(TeamId, People.Where(p => p != user));

    public JsonObject TeamInstall(TestUser by, string locale = "lv-LV") =>
        Activity("conversationUpdate", by, ChannelConversation(), locale)
            .With("membersAdded", new JsonArray(Account(BotId)))
            .With("channelData", TeamChannelData("teamMemberAdded"));

    public JsonObject TeamMembersAdded(TestUser by, params TestUser[] added) =>
        Activity("conversationUpdate", by, ChannelConversation(), "lv-LV")
            .With("membersAdded", new JsonArray([.. added.Select(a => Account(a.Id))]))
            .With("channelData", TeamChannelData("teamMemberAdded"));

    public JsonObject TeamMembersRemoved(TestUser by, params TestUser[] removed) =>
        Activity("conversationUpdate", by, ChannelConversation(), "lv-LV")
            .With("membersRemoved", new JsonArray([.. removed.Select(a => Account(a.Id))]))
            .With("channelData", TeamChannelData("teamMemberRemoved"));

    public JsonObject TeamUninstall(TestUser by) =>
        Activity("conversationUpdate", by, ChannelConversation(), "lv-LV")
            .With("membersRemoved", new JsonArray(Account(BotId)))
            .With("channelData", TeamChannelData("teamMemberRemoved"));

    public JsonObject GroupChatInstall(TestUser by, string locale = "en-US") =>
        Activity("conversationUpdate", by, GroupChatConversation(), locale)
            .With("membersAdded", new JsonArray(Account(BotId)))
            .With("channelData", new JsonObject { ["tenant"] = Tenant() });

    public JsonObject PersonalInstall(TestUser user, string locale = "lv-LV") =>
        Activity("conversationUpdate", user, PersonalConversation(user), locale)
            .With("membersAdded", new JsonArray(Account(BotId), Account(user.Id)))
            .With("channelData", new JsonObject { ["tenant"] = Tenant() });

    /// <summary>A message in the general channel that @mentions the bot, as Teams sends it.</summary>
    public JsonObject ChannelMessage(TestUser from, string text, string locale = "lv-LV")
    {
        var mention = $"<at>{BotName}</at>";
        var conversation = ChannelConversation();
        conversation["id"] = $"{ChannelId};messageid={Guid.NewGuid():N}";
        return Activity("message", from, conversation, locale)
            .With("text", $"{mention} {text}")
            .With("entities", new JsonArray(
                new JsonObject { ["type"] = "mention", ["text"] = mention, ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName } },
                ClientInfo(locale)))
            .With("channelData", TeamChannelData(null));
    }

    public JsonObject GroupChatMessage(TestUser from, string text, string locale = "en-US") =>
        Activity("message", from, GroupChatConversation(), locale)
            .With("text", text)
            .With("entities", new JsonArray(ClientInfo(locale)))
            .With("channelData", new JsonObject { ["tenant"] = Tenant() });

    public JsonObject PersonalMessage(TestUser from, string text, string locale = "lv-LV") =>
        Activity("message", from, PersonalConversation(from), locale)
            .With("text", text)
            .With("entities", new JsonArray(ClientInfo(locale)))
            .With("channelData", new JsonObject { ["tenant"] = Tenant() });

    /// <summary>An Action.Submit press in a personal chat: an empty message whose value is the card data and inputs.</summary>
    public JsonObject PersonalSubmit(TestUser from, JsonObject value, string locale = "lv-LV") =>
        PersonalMessage(from, "", locale).With("value", value).Without("text");

    /// <summary>An Action.Execute press (Universal Actions) on a card in the personal chat: an adaptiveCard/action invoke.</summary>
    public JsonObject PersonalInvoke(TestUser from, JsonObject data, string locale = "lv-LV") =>
        Invoke(PersonalMessage(from, "", locale), data);

    public JsonObject ChannelInvoke(TestUser from, JsonObject data, string locale = "lv-LV") =>
        Invoke(ChannelMessage(from, "", locale), data);

    /// <summary>Teams' type-ahead search in a choice set of a card in the channel, as the chair types: an application/search invoke.</summary>
    public JsonObject ChannelSearch(TestUser from, string? dataset, string queryText) => ChannelMessage(from, "")
        .Without("text")
        .With("type", "invoke")
        .With("name", "application/search")
        .With("value", new JsonObject
        {
            ["queryText"] = queryText,
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 },
            ["dataset"] = dataset,
        });

    private static JsonObject Invoke(JsonObject message, JsonObject data) => message
        .Without("text")
        .With("type", "invoke")
        .With("name", "adaptiveCard/action")
        .With("replyToId", "activity-card")
        .With("value", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data["verb"]?.DeepClone(), ["data"] = data },
            ["trigger"] = "manual",
        });

    private JsonObject Activity(string type, TestUser from, JsonObject conversation, string locale) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = connector.Url,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = conversation,
        ["locale"] = locale,
    };

    private JsonObject ChannelConversation() => new()
    {
        ["isGroup"] = true,
        ["conversationType"] = "channel",
        ["tenantId"] = TenantId,
        ["id"] = ChannelId,
    };

    private JsonObject GroupChatConversation() => new()
    {
        ["isGroup"] = true,
        ["conversationType"] = "groupChat",
        ["tenantId"] = TenantId,
        ["id"] = GroupChatId,
        ["name"] = "Madonas darba grupa",
    };

    private JsonObject PersonalConversation(TestUser user) => new()
    {
        ["conversationType"] = "personal",
        ["tenantId"] = TenantId,
        ["id"] = PersonalChatId(user),
    };

    private JsonObject TeamChannelData(string? eventType)
    {
        var data = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = TeamName, ["aadGroupId"] = Guid.NewGuid().ToString() },
            ["channel"] = new JsonObject { ["id"] = ChannelId },
            ["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = ChannelId } },
            ["tenant"] = Tenant(),
        };
        if (eventType is not null)
        {
            data["eventType"] = eventType;
        }

        return data;
    }

    private JsonObject Tenant() => new() { ["id"] = TenantId };

    private static JsonObject Account(string id) => new() { ["id"] = id };

    private static JsonObject ClientInfo(string locale) => new()
    {
        ["type"] = "clientInfo",
        ["locale"] = locale,
        ["country"] = "LV",
        ["platform"] = "Web",
        ["timezone"] = "Europe/Riga",
    };
}
