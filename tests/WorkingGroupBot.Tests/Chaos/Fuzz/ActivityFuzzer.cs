using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>One request of a fuzz run: what it is, the exact bytes sent, and whether its sender may see the team's plan.</summary>
public sealed record FuzzCase(int Index, int Seed, string Description, byte[] Body, string? ActivityId, bool SenderIsTeamMember)
{
    public string Preview => Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 600));
}

/// <summary>
/// Makes Teams-shaped requests from a seed: messages, card submissions and invokes (many replaying buttons the bot
/// showed the team's chair and members), sent by people who may change nothing in the team — Līga (a plain member),
/// a stranger, and everyone in another tenant — then mutated: wrong types, missing fields, junk and huge strings,
/// other tenants' and groups' ids, forged verbs, statuses and numbers, broken or oversized bodies.
///
/// What it never sends, because only authentication can stop it and authentication is tested elsewhere: a request
/// in the team's tenant that claims to come from the chair or a responsible member, system events (installs, roster
/// changes) in the team's tenant, and service URLs other than the loopback connector.
/// </summary>
public sealed class ActivityFuzzer(FuzzScene scene, string connectorUrl)
{
    private static readonly string[] AllVerbs = typeof(Verbs).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static readonly string[] Commands = CommandCatalog.All.SelectMany(c => WorkingGroupBot.Texts.Texts.InAllLanguages(c.Keyword)).ToArray();

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
            description += " / " + Mutate(random, activity);
        }

        Guard(activity, from);
        var id = Text(activity["id"]);
        var memberAfterMutation = member || ClaimsToBe(activity, scene.Liga) && MayBeInTeamTenant(activity);
        var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
        if (random.Next(10) == 0)
        {
            (var how, body) = Raw(random, body);
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

    /// <summary>One blind change anywhere in the activity: a field removed, retyped, set to junk or to someone else's id.</summary>
    private string Mutate(Random random, JsonObject activity)
    {
        var slots = Slots(activity).ToList();
        var (parent, key, index, name) = slots[random.Next(slots.Count)];
        switch (random.Next(6))
        {
            case 0:
                if (parent is JsonObject o)
                {
                    o.Remove(key!);
                }
                else
                {
                    ((JsonArray)parent).RemoveAt(index!.Value);
                }

                return "removed " + name;
            case 1:
                Set(parent, key, index, Junk.Value(random));
                return "retyped " + name;
            case 2:
                Set(parent, key, index, Junk.String(random));
                return "junk in " + name;
            case 3:
                Set(parent, key, index, random.Next(4) switch
                {
                    0 => scene.OtherTenant.TenantId,
                    1 => GroupId(random),
                    2 => PersonId(random),
                    _ => scene.World.TenantId,
                });
                return "foreign id in " + name;
            case 4:
                Set(parent, key, index, Junk.Huge(random, random.Next(2) == 0 ? random.Next(1_000, 100_000) : random.Next(250_000, 270_000)));
                return "huge string in " + name;
            default:
                var target = slots.Select(s => s.Parent).OfType<JsonObject>().ElementAt(random.Next(slots.Select(s => s.Parent).OfType<JsonObject>().Count()));
                target["extra" + random.Next(100)] = Junk.Value(random);
                return "extra field";
        }
    }

    private static void Set(JsonNode parent, string? key, int? index, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[key!] = value;
        }
        else
        {
            ((JsonArray)parent)[index!.Value] = value;
        }
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int? Index, string Path)> Slots(JsonNode? node, string path = "") => node switch
    {
        JsonObject o => o.ToList().SelectMany(p => Slots(p.Value, $"{path}.{p.Key}").Prepend((o, p.Key, (int?)null, $"{path}.{p.Key}"))),
        JsonArray a => a.Select((item, i) => (item, i)).ToList().SelectMany(x => Slots(x.item, $"{path}[{x.i}]").Prepend((a, null, x.i, $"{path}[{x.i}]"))),
        _ => [],
    };

    /// <summary>Undoes what would make the request one that only authentication can refuse (see the class comment).</summary>
    private void Guard(JsonObject activity, TestUser sender)
    {
        if (!MayBeInTeamTenant(activity))
        {
            return;
        }

        if (scene.Protected.Any(p => ClaimsToBe(activity, p)) || ClaimsToBe(activity, new TestUser(TeamsWorld.BotId, TeamsWorld.BotId, "", "")))
        {
            // The other tenant's people have the same ids as the team's: speak as the stranger then.
            var who = scene.Protected.Any(p => p.AadObjectId == sender.AadObjectId) ? scene.Stranger : sender;
            activity["from"] = new JsonObject { ["id"] = who.Id, ["name"] = who.Name, ["aadObjectId"] = who.AadObjectId };
        }

        if (Text(activity["type"]) is { } type && (type.Equals("conversationUpdate", StringComparison.OrdinalIgnoreCase) || type.Equals("installationUpdate", StringComparison.OrdinalIgnoreCase)))
        {
            activity["type"] = "message";
        }

        if (Text(activity["serviceUrl"]) is { } url && Uri.TryCreate(url, UriKind.Absolute, out _) && !url.StartsWith(connectorUrl, StringComparison.Ordinal))
        {
            activity["serviceUrl"] = connectorUrl;
        }
    }

    private bool MayBeInTeamTenant(JsonObject activity) =>
        Text(At(activity, "conversation", "tenantId")) == scene.World.TenantId
        || Text(At(activity, "channelData", "tenant", "id")) == scene.World.TenantId
        || Text(At(activity, "conversation", "tenantId")) is null && Text(At(activity, "channelData", "tenant", "id")) is null;

    private static bool ClaimsToBe(JsonObject activity, TestUser person) =>
        Text(At(activity, "from", "aadObjectId")) == person.AadObjectId
        || Text(At(activity, "from", "id")) is { } id && (id == person.Id || id == person.AadObjectId);

    /// <summary>The node at this path, or null where the path does not lead through objects.</summary>
    private static JsonNode? At(JsonNode? node, params string[] path) =>
        path.Aggregate(node, (current, name) => current is JsonObject o ? o[name] : null);

    /// <summary>The text a field would be read as (Newtonsoft reads numbers and booleans into string properties too).</summary>
    private static string? Text(JsonNode? node)
    {
        try
        {
            return node is JsonValue v ? v.ToString() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Breaks the body itself: cut off, garbled, nested too deep, not UTF-8, or over the size limit.</summary>
    private static (string How, byte[] Body) Raw(Random random, byte[] body)
    {
        switch (random.Next(8))
        {
            case 0:
                return ("cut off", body[..random.Next(body.Length)]);
            case 1:
                var garbled = (byte[])body.Clone();
                for (var i = random.Next(1, 20); i > 0; i--)
                {
                    garbled[random.Next(garbled.Length)] = (byte)random.Next(256);
                }

                return ("garbled bytes", garbled);
            case 2:
                var depth = random.Next(30, 200);
                return ($"nested {depth} deep", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":[", depth)) + Encoding.UTF8.GetString(body) + string.Concat(Enumerable.Repeat("]}", depth))));
            case 3:
                var text = Encoding.UTF8.GetString(body);
                var quote = text.IndexOf('"', random.Next(text.Length));
                return ("lone surrogate", Encoding.UTF8.GetBytes(quote < 0 ? text : text.Insert(quote + 1, "\\ud800")));
            case 4:
                return ("duplicate keys", Encoding.UTF8.GetBytes("{\"type\":\"invoke\",\"type\":\"message\"," + Encoding.UTF8.GetString(body)[1..]));
            case 5:
                return ("byte order mark", [0xEF, 0xBB, 0xBF, .. body]);
            case 6:
                var size = random.Next(2) == 0 ? random.Next(255_000, 262_000) : random.Next(262_200, 400_000);
                var padded = Encoding.UTF8.GetString(body)[..^1] + ",\"pad\":\"" + new string(' ', Math.Max(0, size - body.Length - 10)) + "\"}";
                return ($"padded to {size / 1024} KB", Encoding.UTF8.GetBytes(padded));
            default:
                return ("not JSON", [.. Enumerable.Range(0, random.Next(1, 500)).Select(_ => (byte)random.Next(256))]);
        }
    }
}
