using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.TeamsApp;

/// <summary>The app manifest and its Latvian texts as kept in manifest/.</summary>
public static class AppManifest
{
    public static readonly string[] Scopes = ["personal", "team", "groupChat"];

    public static JsonObject Manifest => Read("manifest/manifest.json");

    public static JsonObject Latvian => Read("manifest/lv.json");

    /// <summary>The commands (title, description) of the command list for one scope, in English or from the Latvian file.</summary>
    public static IReadOnlyList<(string Title, string Description)> Commands(string scope, bool latvian = false)
    {
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();
        var index = lists.Select((l, i) => (l, i)).Single(x => x.l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).SequenceEqual([scope])).i;
        return lists[index]!["commands"]!.AsArray().Select((c, j) => latvian
            ? (Text(Latvian, $"bots[0].commandLists[{index}].commands[{j}].title"), Text(Latvian, $"bots[0].commandLists[{index}].commands[{j}].description"))
            : (c!["title"]!.GetValue<string>(), c["description"]!.GetValue<string>())).ToList();
    }

    private static string Text(JsonObject localization, string key) =>
        localization[key]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"manifest/lv.json has no \"{key}\"");

    private static JsonObject Read(string path) => JsonNode.Parse(File.ReadAllText(RepositoryFiles.Find(path)))!.AsObject();
}
