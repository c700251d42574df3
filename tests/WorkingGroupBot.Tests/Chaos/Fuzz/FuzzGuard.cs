using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>
/// Keeps the fuzzer to what the bot itself must refuse. Without a channel token anyone can claim to be anyone, so a
/// request in the team's tenant that claims to be the chair or a responsible member, a system event there (install,
/// roster change, uninstall: Teams' word, not a person's), or a reply address other than the loopback connector would
/// test the authentication (tested elsewhere), not the bot: those parts are put back as the real sender had them.
/// </summary>
public sealed class FuzzGuard(FuzzScene scene, string connectorUrl)
{
    /// <summary>Undoes what would make the request one that only authentication can refuse (see the class comment).</summary>
    public void Apply(JsonObject activity, TestUser sender)
    {
        if (Text(activity["serviceUrl"]) is { } url && Uri.TryCreate(url, UriKind.Absolute, out _) && !url.StartsWith(connectorUrl, StringComparison.Ordinal))
        {
            activity["serviceUrl"] = connectorUrl;
        }

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

    }

    /// <summary>Līga is a member of the team: she may be shown its plan, as may anyone the request passes off as her.</summary>
    public bool SpeaksAsLigaInTheTeamsTenant(JsonObject activity) => ClaimsToBe(activity, scene.Liga) && MayBeInTeamTenant(activity);

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
    public static string? Text(JsonNode? node)
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
}
