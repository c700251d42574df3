using System.Reflection;
using System.Text.Json.Nodes;
using System.Text;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>One request of a fuzz run: what it is, the exact bytes sent, and whether its sender may see the team's plan.</summary>
public sealed record FuzzCase(int Index, int Seed, string Description, byte[] Body, string? ActivityId, bool SenderIsTeamMember)
{
    public string Preview => Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 600));
}

/// <summary>
/// Makes Teams-shaped requests from a seed: messages, card submissions and invokes (many replaying buttons the bot
/// showed the team's chair and members), sent by people who may change nothing in the team — Līga (a plain member),
/// a stranger, and everyone in another tenant — then mutated (<see cref="Mutations"/>): wrong types, missing fields,
/// junk and huge strings, other tenants' and groups' ids, forged verbs, statuses and numbers, broken or oversized
/// bodies. <see cref="FuzzGuard"/> keeps out what only authentication can refuse.
/// </summary>
public sealed class ActivityFuzzer(FuzzScene scene, string connectorUrl)
{
    private readonly FuzzGuard guard = new(scene, connectorUrl);

    private static readonly string[] AllVerbs = typeof(Verbs).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static readonly string[] Commands = CommandCatalog.All.SelectMany(c => TextSet.InAllLanguages(c.Keyword)).ToArray();

    private static readonly string[] OddTypes = ["typing", "messageReaction", "messageUpdate", "messageDelete", "event", "endOfConversation", "handoff", "trace", "", "MESSAGE", "Invoke"];

    private static readonly string[] InvokeNames =
        ["adaptiveCard/action", "task/fetch", "task/submit", "composeExtension/query", "signin/verifyState", "actionableMessage/executeAction", "fileConsent/invoke", "config/fetch", "", "ADAPTIVECARD/ACTION"];

    public FuzzCase Make(int index, int seed)
    {
        var random = new Random(seed);
        var (world, from, member) = Sender(random);
        var (description, activity) = random.Next(20) switch
        {
            < 7 => ("invoke", Invoke(random, world, from)),
            < 9 => ("submit", Submit(random, world, from)),
            < 12 => ("personal message", world.PersonalMessage(from, Text(random), Locale(random))),
            < 14 => ("channel message", world.ChannelMessage(from, Text(random), Locale(random))),
            < 16 => ("group chat message", world.GroupChatMessage(from, Text(random), Locale(random))),
            < 17 => ("system event", SystemEvent(random, world, from)),
            _ => ("odd activity", Odd(random, world, from)),
        };

        var mutations = random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            description += " / " + Mutations.Mutate(random, activity, ForeignId);
        }

        guard.Apply(activity, from);
        var id = FuzzGuard.Text(activity["id"]);
        var memberAfterMutation = member || guard.SpeaksAsLigaInTheTeamsTenant(activity);
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        if (random.Next(10) == 0)
        {
            (var how, body) = Mutations.Raw(random, body);
            description += " / raw: " + how;
        }

        return new FuzzCase(index, seed, $"{from.Name} ({(world == scene.World ? "team's tenant" : "other tenant")}): {description}", body, id, memberAfterMutation);
    }

    private (TeamsWorld World, TestUser From, bool Member) Sender(Random random) => random.Next(10) switch
    {
        < 4 => (scene.World, scene.Liga, true),
        < 6 => (scene.World, scene.Stranger, false),
        _ => (scene.OtherTenant, scene.OtherTenant.People[random.Next(scene.OtherTenant.People.Count)], false),
    };

    private static string Locale(Random random) => random.Next(5) switch
    {
        0 => "en-US",
        1 => Junk.String(random),
        _ => "lv-LV",
    };

    private static string Text(Random random) => random.Next(3) switch
    {
        0 => Junk.String(random),
        1 => Commands[random.Next(Commands.Length)].ToUpperInvariant() + "?!",
        _ => Commands[random.Next(Commands.Length)],
    };

    private JsonObject Invoke(Random random, TeamsWorld world, TestUser from)
    {
        var data = ButtonData(random);
        return random.Next(3) == 0 ? world.ChannelInvoke(from, data, Locale(random)) : world.PersonalInvoke(from, data, Locale(random));
    }

    private JsonObject Submit(Random random, TeamsWorld world, TestUser from) =>
        random.Next(2) == 0
            ? world.PersonalSubmit(from, ButtonData(random), Locale(random))
            : world.GroupChatMessage(from, "", Locale(random)).With("value", ButtonData(random)).Without("text");

    /// <summary>A button the bot really showed someone (a third of the time exactly as it was), or one forged from scratch.</summary>
    private JsonObject ButtonData(Random random)
    {
        if (random.Next(8) == 0)
        {
            return new JsonObject { ["verb"] = AllVerbs[random.Next(AllVerbs.Length)], ["group"] = GroupId(random), ["action"] = ActionNumber(random) };
        }

        var button = scene.Buttons[random.Next(scene.Buttons.Count)];
        var data = (JsonObject)button.Data.DeepClone();
        foreach (var input in button.Inputs)
        {
            data[input] = random.Next(3) == 0 ? Junk.Value(random) : Plausible(random, input);
        }

        if (random.Next(3) == 0)
        {
            return data;
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var field = random.Next(9);
            data[field switch
            {
                0 => "verb",
                1 => "group",
                2 => "action",
                3 => "status",
                4 => "member",
                5 => "days",
                6 => "areaId",
                7 => "view",
                _ => "input",
            }] = field switch
            {
                0 => random.Next(3) == 0 ? Junk.Value(random) : AllVerbs[random.Next(AllVerbs.Length)],
                1 => GroupId(random),
                2 => ActionNumber(random),
                3 => random.Next(2) == 0 ? Junk.Value(random) : new[] { "Open", "InProgress", "Blocked", "Done", "Cancelled", "4", "-1", "99", "done" }[random.Next(9)],
                4 => PersonId(random),
                5 => random.Next(2) == 0 ? Junk.Number(random) : new[] { "1", "3", "7", "0", "-3", "1000000" }[random.Next(6)],
                6 => random.Next(2) == 0 ? Junk.Value(random) : scene.AreaIds[random.Next(scene.AreaIds.Count)],
                7 => new[] { "list", "reminder", "card", "" }[random.Next(4)],
                _ => Junk.Value(random),
            };
        }

        return data;
    }

    private JsonNode? Plausible(Random random, string input) => input switch
    {
        "title" or "description" or "note" or "reason" or "areaName" => random.Next(4) == 0 ? Junk.String(random) : $"Fuzz {random.Next(1000)}",
        "responsible" => string.Join(',', Enumerable.Range(0, random.Next(4)).Select(_ => PersonId(random)?.ToString() ?? "")),
        "deadline" => PlanDriver.Today.AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd"),
        "deadlineTime" or "at" or "digestAt" => $"{random.Next(0, 25):D2}:{random.Next(0, 61):D2}",
        "area" => scene.AreaIds[random.Next(scene.AreaIds.Count)],
        _ => random.Next(2) == 0 ? random.Next(-2, 10).ToString() : Junk.String(random),
    };

    private JsonNode? ForeignId(Random random) => random.Next(4) switch
    {
        0 => scene.OtherTenant.TenantId,
        1 => GroupId(random),
        2 => PersonId(random),
        _ => scene.World.TenantId,
    };

    private JsonNode GroupId(Random random) => random.Next(6) switch
    {
        0 or 1 => scene.World.TeamId,
        2 => scene.World.GroupChatId,
        3 => scene.World.TeamId.ToUpperInvariant(),
        4 => scene.World.TeamId + ";messageid=1",
        _ => Junk.String(random),
    };

    private JsonNode? ActionNumber(Random random) => random.Next(4) switch
    {
        0 or 1 => scene.Actions[random.Next(scene.Actions.Count)],
        2 => scene.Actions[random.Next(scene.Actions.Count)].ToString(),
        _ => Junk.Number(random),
    };

    private JsonNode? PersonId(Random random)
    {
        var everyone = scene.World.People.Append(scene.Stranger).ToList();
        var person = everyone[random.Next(everyone.Count)];
        return random.Next(5) switch
        {
            0 => person.Id,
            1 => Junk.Value(random),
            _ => person.AadObjectId,
        };
    }

    private static JsonObject SystemEvent(Random random, TeamsWorld world, TestUser from) => random.Next(6) switch
    {
        0 => world.TeamInstall(from),
        1 => world.TeamMembersAdded(from, world.People[random.Next(world.People.Count)]),
        2 => world.TeamMembersRemoved(from, world.People[random.Next(world.People.Count)]),
        3 => world.TeamUninstall(from),
        4 => world.GroupChatInstall(from),
        _ => world.PersonalInstall(from).With("type", "installationUpdate").With("action", random.Next(2) == 0 ? "add" : "remove"),
    };

    private JsonObject Odd(Random random, TeamsWorld world, TestUser from)
    {
        var activity = world.PersonalMessage(from, Text(random));
        if (random.Next(2) == 0)
        {
            return activity.With("type", OddTypes[random.Next(OddTypes.Length)]);
        }

        return activity.Without("text").With("type", "invoke").With("name", InvokeNames[random.Next(InvokeNames.Length)])
            .With("value", random.Next(2) == 0 ? Junk.Value(random) : new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Junk.Value(random), ["data"] = Junk.Value(random) } });
    }
}
