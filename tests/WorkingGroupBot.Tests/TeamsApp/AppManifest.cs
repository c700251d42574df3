using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

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

    /// <summary>Writes the catalog's commands into manifest.json and lv.json: one list per scope, the same in each.</summary>
    public static void WriteCommands(IReadOnlyList<CommandInfo> commands)
    {
        var english = TextSet.For(Language.English);
        var latvian = TextSet.For(Language.Latvian);
        var manifest = Manifest;
        var localization = new JsonObject();
        foreach (var (key, value) in Latvian.Where(p => !p.Key.StartsWith("bots[", StringComparison.Ordinal)).ToList())
        {
            localization[key] = value?.DeepClone();
        }

        manifest["bots"]![0]!["commandLists"] = new JsonArray([.. Scopes.Select((scope, i) =>
        {
            foreach (var (command, j) in commands.Select((c, j) => (c, j)))
            {
                localization[$"bots[0].commandLists[{i}].commands[{j}].title"] = latvian[command.Keyword];
                localization[$"bots[0].commandLists[{i}].commands[{j}].description"] = latvian[command.Description];
            }

            return (JsonNode)new JsonObject
            {
                ["scopes"] = new JsonArray(scope),
                ["commands"] = new JsonArray([.. commands.Select(c => (JsonNode)new JsonObject { ["title"] = english[c.Keyword], ["description"] = english[c.Description] })]),
            };
        })]);
        Write("manifest/manifest.json", manifest);
        Write("manifest/lv.json", localization);
    }

    private static void Write(string path, JsonObject json) => File.WriteAllText(
        Path.Combine(RepositoryFiles.Root, path),
        json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");

    private static string Text(JsonObject localization, string key) =>
        localization[key]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"manifest/lv.json has no \"{key}\"");

    private static JsonObject Read(string path) => JsonNode.Parse(File.ReadAllText(RepositoryFiles.Find(path)))!.AsObject();
}
