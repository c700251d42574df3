using System.Text.Json.Nodes;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>A team in a tenant, with its general channel and people; builds the activities Teams sends from it.</summary>
public sealed class BenchTeam(string tenantId, string teamId, string serviceUrl, IReadOnlyList<BenchUser> people)
{
    public const string BotId = "28:00000000-0000-0000-0000-00000000b07";
    public const string BotName = "WorkingGroupBot";

    public string TenantId { get; } = tenantId;
    public string TeamId { get; } = teamId;
    public IReadOnlyList<BenchUser> People { get; } = people;
    public BenchUser Chair => People[0];

    public static BenchTeam New(string tenantId, string serviceUrl, IReadOnlyList<BenchUser> people) =>
        new(tenantId, $"19:team{Guid.NewGuid():N}@thread.tacv2", serviceUrl, people);

    /// <summary>The chair adds the bot to the team.</summary>
    public JsonObject Install() => Activity("conversationUpdate", Chair, TeamId, [])
        .With("membersAdded", new JsonArray(new JsonObject { ["id"] = BotId }))
        .With("channelData", ChannelData("teamMemberAdded"));

    /// <summary>A message in the general channel that @mentions the bot.</summary>
    public JsonObject Message(BenchUser from, string text) =>
        Activity("message", from, $"{TeamId};messageid={Guid.NewGuid():N}", [Mention()])
            .With("text", $"<at>{BotName}</at> {text}")
            .With("channelData", ChannelData(null));

    /// <summary>A message in the person's 1:1 chat with the bot, where personal answers such as "my actions" go.</summary>
    public JsonObject PersonalMessage(BenchUser from, string text)
    {
        var message = Activity("message", from, "a:personal-" + from.AadObjectId, []).With("text", text);
        message["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = "a:personal-" + from.AadObjectId };
        return message.With("channelData", new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } });
    }

    /// <summary>An Action.Execute press on a card in the channel: an adaptiveCard/action invoke.</summary>
    public JsonObject Invoke(BenchUser from, JsonObject data) =>
        Activity("invoke", from, $"{TeamId};messageid={Guid.NewGuid():N}", [])
            .With("name", "adaptiveCard/action")
            .With("replyToId", "activity-card")
            .With("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data["verb"]?.DeepClone(), ["data"] = data },
                ["trigger"] = "manual",
            })
            .With("channelData", ChannelData(null));

    private JsonObject Activity(string type, BenchUser from, string conversationId, JsonNode[] entities) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = conversationId },
        ["locale"] = "lv-LV",
        ["entities"] = new JsonArray([.. entities, ClientInfo()]),
    };

    private JsonObject ChannelData(string? eventType)
    {
        var data = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Sadarbības grupa", ["aadGroupId"] = Guid.NewGuid().ToString() },
            ["channel"] = new JsonObject { ["id"] = TeamId },
            ["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = TeamId } },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        if (eventType is not null)
        {
            data["eventType"] = eventType;
        }

        return data;
    }

    private static JsonObject Mention() => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{BotName}</at>",
        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
    };

    private static JsonObject ClientInfo() => new()
    {
        ["type"] = "clientInfo",
        ["locale"] = "lv-LV",
        ["country"] = "LV",
        ["platform"] = "Web",
        ["timezone"] = "Europe/Riga",
    };
}

public static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject o, string name, JsonNode? value)
    {
        o[name] = value;
        return o;
    }
}
