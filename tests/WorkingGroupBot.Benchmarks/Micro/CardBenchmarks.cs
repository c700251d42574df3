using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Benchmarks.Micro;

/// <summary>
/// The CPU work of a turn apart from storage and the network: building our cards, and moving JSON between
/// System.Text.Json (our cards) and Newtonsoft (the SDK) the way the host does it.
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private static readonly JsonSerializerSettings ReadSettings = new() { MaxDepth = 32, DateParseHandling = DateParseHandling.DateTimeOffset };
    private static readonly TextSet Latvian = TextSet.For(Language.Latvian);

    private List<ActionView> fifty = [];
    private List<ActionEntity> fiftyRows = [];
    private List<ActionItem> thousand = [];
    private List<Member> members = [];
    private Group group = null!;
    private Plan plan = null!;
    private JsonObject actionCard = null!;
    private string invokeJson = "";

    [GlobalSetup]
    public void SetUp()
    {
        var key = new GroupKey("tenant", "19:team@thread.tacv2");
        group = new Group
        {
            Key = key,
            Name = "Sadarbības grupa",
            Kind = GroupKind.Team,
            Channel = new ConversationAddress { ServiceUrl = "http://127.0.0.1/", ConversationId = key.GroupId, TenantId = key.TenantId, BotId = BenchTeam.BotId },
            Active = true,
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
        members = Enumerable.Range(0, 10).Select(i => new Member
        {
            Identity = new TeamsIdentity { AadObjectId = "aad" + i, TeamsUserId = "29:" + i, Name = "Dalībnieks " + i },
            Role = i == 0 ? MemberRole.Chair : MemberRole.Member,
            InRoster = true,
        }).ToList();
        plan = new Plan([new Area { Id = "a0", Name = "Vardarbības prevencija", Order = 0 }, new Area { Id = "a1", Name = "Atkarību prevencija", Order = 1 }]);
        var today = new DateOnly(2026, 3, 2);
        var actions = Enumerable.Range(1, 1_000).Select(n => new ActionItem
        {
            Number = n,
            Title = $"Preventīvais pasākums {n}",
            Description = "Vienoties par atbildīgajiem un sagatavot pārskatu sadarbības grupai.",
            AreaId = n % 2 == 0 ? "a0" : "a1",
            Responsible = ["aad" + n % 10],
            Deadline = today.AddDays(n % 60 - 10),
            CreatedBy = "aad0",
            CreatedAt = DateTimeOffset.UnixEpoch,
        }).ToList();
        thousand = actions;
        fifty = actions.Take(50).Select(a => new ActionView(group, a with { Responsible = ["aad0"] }, plan, members, members[0], today)).ToList();
        fiftyRows = fifty.Select(v => ActionEntity.From(key, v.Action)).ToList();
        actionCard = ActionCard.Build(Latvian, fifty[0], [new LogEntry { Kind = LogKind.Created, AuthorId = "aad0", AuthorName = "Dalībnieks 0", At = DateTimeOffset.UnixEpoch }]);
        var team = new BenchTeam("tenant", key.GroupId, "http://127.0.0.1/", [new BenchUser("29:0", "aad0", "Dalībnieks 0")]);
        invokeJson = team.Invoke(team.Chair, new JsonObject { ["verb"] = "action.status", ["group"] = key.GroupId, ["action"] = 1, ["status"] = "InProgress" }).ToJsonString();
    }

    [Benchmark(Description = "my actions card (50 actions, page of 6)")]
    public JsonObject MyActionsCardOf50() => MyActionsCard.Build(Latvian, fifty, page: 0, showGroups: false);

    [Benchmark(Description = "action card")]
    public JsonObject ActionCardOfOne() => ActionCard.Build(Latvian, fifty[0], []);

    [Benchmark(Description = "plan overview card (1,000 actions)")]
    public JsonObject PlanCardOf1000() => PlanCard.Build(Latvian, group, PlanSummary.Build(plan, thousand, members, new DateOnly(2026, 3, 2), []), a => fifty[0] with { Action = a }, viewerIsChair: true);

    [Benchmark(Description = "50 action rows to domain records")]
    public int MapFiftyRows() => fiftyRows.Sum(r => r.ToAction().Number);

    /// <summary>What ReplyActivities and MessagesEndpoint do with a card: to text, to a JObject, and to text again.</summary>
    [Benchmark(Description = "action card to the wire (STJ → JObject → JSON)")]
    public string CardToWire() => JsonConvert.SerializeObject(new AdaptiveCardInvokeResponse
    {
        StatusCode = 200,
        Type = AdaptiveCard.ContentType,
        Value = JObject.Parse(AdaptiveCard.ToJson(actionCard)),
    });

    /// <summary>What MessagesEndpoint and CardInputs do with an incoming button press.</summary>
    [Benchmark(Description = "read an invoke (Newtonsoft Activity + card data to STJ)")]
    public JsonObject? ReadInvoke()
    {
        var activity = JsonConvert.DeserializeObject<Activity>(invokeJson, ReadSettings)!;
        var data = ((JObject)activity.Value)["action"]!["data"]!;
        return JsonNode.Parse(data.ToString(Formatting.None)) as JsonObject;
    }
}
