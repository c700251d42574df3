using System.Text.Json;
using System.Text.Json.Nodes;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.TeamsApp;

/// <summary>manifest/: what Teams offers people as commands is what the bot understands, and the files are valid.</summary>
public sealed class ManifestTests
{
    public static TheoryData<string> Scopes => new(AppManifest.Scopes);

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Each_scope_offers_the_command_catalog_in_english_and_in_latvian(string scope)
    {
        var english = TextSet.For(Language.English);
        var latvian = TextSet.For(Language.Latvian);
        var expected = CommandCatalog.All.Select(c => (english[c.Keyword], english[c.Description])).ToList();
        var expectedLatvian = CommandCatalog.All.Select(c => (latvian[c.Keyword], latvian[c.Description])).ToList();
        if (Environment.GetEnvironmentVariable("WGB_UPDATE_MANIFEST") == "1")
        {
            AppManifest.WriteCommands(CommandCatalog.All);
        }

        Assert.True(expected.SequenceEqual(AppManifest.Commands(scope)), $"manifest/manifest.json, the {scope} list should be (WGB_UPDATE_MANIFEST=1 dotnet test --filter ManifestTests writes it):\n{Json(expected)}");
        Assert.True(expectedLatvian.SequenceEqual(AppManifest.Commands(scope, latvian: true)), $"manifest/lv.json, the {scope} list should be (WGB_UPDATE_MANIFEST=1 dotnet test --filter ManifestTests writes it):\n{Json(expectedLatvian)}");
    }

    [Fact]
    public void The_latvian_file_translates_every_command_and_nothing_else()
    {
        var lists = AppManifest.Manifest["bots"]![0]!["commandLists"]!.AsArray();
        var expected = lists.SelectMany((l, i) => l!["commands"]!.AsArray().SelectMany((_, j) => new[]
        {
            $"bots[0].commandLists[{i}].commands[{j}].title",
            $"bots[0].commandLists[{i}].commands[{j}].description",
        }));
        var translated = AppManifest.Latvian.Select(p => p.Key).Where(k => k.StartsWith("bots[", StringComparison.Ordinal));

        Assert.Equal(expected.Order(), translated.Order());
    }

    [Fact]
    public void The_bot_is_in_every_scope_and_english_is_the_default_language()
    {
        var manifest = AppManifest.Manifest;

        Assert.Equal(AppManifest.Scopes, manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.StartsWith("en", manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("lv", manifest["localizationInfo"]!["additionalLanguages"]![0]!["languageTag"]!.GetValue<string>());
        Assert.True(Version.Parse(manifest["manifestVersion"]!.GetValue<string>()) >= new Version(1, 19));
    }

    [Fact]
    public async Task The_schema_check_finds_what_is_wrong_in_a_broken_manifest()
    {
        using var dir = new TempDirectory();
        File.Copy(RepositoryFiles.Find("manifest/color.png"), dir.File("color.png"));
        File.Copy(RepositoryFiles.Find("manifest/color.png"), dir.File("outline.png")); // 192×192: the wrong size
        var manifest = AppManifest.Manifest;
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("meeting");
        File.WriteAllText(dir.File("manifest.json"), manifest.ToJsonString());
        var latvian = AppManifest.Latvian;
        latvian["name.short"] = new string('ā', 31);
        File.WriteAllText(dir.File("lv.json"), latvian.ToJsonString());

        var problems = await AppCheck.RunAsync(dir.Path);

        Assert.Contains(problems["manifest.json"], p => p.Contains("/bots/0/botId must match pattern", StringComparison.Ordinal));
        Assert.Contains(problems["manifest.json"], p => p.Contains("/bots/0/scopes/3 must be equal to one of the allowed values", StringComparison.Ordinal));
        Assert.Contains(problems["lv.json"], p => p.Contains("/name.short must NOT have more than 30 characters", StringComparison.Ordinal));
        Assert.Contains(problems["outline.png"], p => p.Contains("must be a 32×32 PNG, found 192×192", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_icons_are_what_the_drawing_code_in_the_repository_draws()
    {
        using var dir = new TempDirectory();

        var drawn = await Tool.RunAsync("node", "scripts/teams-app/icons.js", dir.Path);

        Assert.True(drawn.ExitCode == 0, drawn.ToString());
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            var kept = Png.Read(File.ReadAllBytes(RepositoryFiles.Find("manifest/" + icon)));
            var fresh = Png.Read(File.ReadAllBytes(dir.File(icon)));
            Assert.True(kept.Rgba.SequenceEqual(fresh.Rgba), $"manifest/{icon} differs from what scripts/teams-app/icons.js draws: run it again");
        }
    }

    private static string Json(IEnumerable<(string Title, string Description)> commands) =>
        new JsonArray([.. commands.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["description"] = c.Description })])
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
