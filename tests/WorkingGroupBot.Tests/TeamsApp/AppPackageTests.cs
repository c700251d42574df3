using System.IO.Compression;
using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.TeamsApp;

/// <summary>The zip scripts/package.sh builds, unpacked: what a Teams admin uploads.</summary>
public sealed class PackageFixture : IAsyncLifetime, IDisposable
{
    public const string AppId = "3c1f9a52-8d47-4e0b-9a61-2f5d7c4e8b90";
    public const string BotId = "a7e3d1c9-5b28-4f6a-8e0d-91c2b4f7a6e3";
    public const string Version = "1.4.2";
    public const string Domain = "wgb.cesis.example.lv";

    private readonly TempDirectory dir = new();

    public string Zip => dir.File("WorkingGroupBot.zip");
    public string Unpacked => dir.File("unpacked");
    public ToolRun Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Run = await Tool.RunAsync("bash", "scripts/package.sh", "--app-id", AppId, "--bot-id", BotId, "--version", Version, "--domain", Domain, "--out", Zip);
        if (Run.ExitCode == 0)
        {
            ZipFile.ExtractToDirectory(Zip, Unpacked);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => dir.Dispose();
}

public sealed class AppPackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private JsonObject Manifest => JsonNode.Parse(File.ReadAllText(Path.Combine(package.Unpacked, "manifest.json")))!.AsObject();

    [Fact]
    public void The_package_holds_the_manifest_the_icons_and_the_latvian_texts_at_its_root()
    {
        Assert.True(package.Run.ExitCode == 0, package.Run.ToString());
        using var zip = ZipFile.OpenRead(package.Zip);

        Assert.Equal(["color.png", "lv.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void The_package_carries_the_ids_version_and_domain_it_was_given()
    {
        var manifest = Manifest;

        Assert.Equal(PackageFixture.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(PackageFixture.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(PackageFixture.Version, manifest["version"]!.GetValue<string>());
        Assert.Equal([PackageFixture.Domain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal($"https://{PackageFixture.Domain}/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(AppManifest.Manifest["bots"]![0]!["commandLists"], manifest["bots"]![0]!["commandLists"]));
    }

    [Fact]
    public void The_tabs_are_served_from_the_domain_and_sign_in_to_its_api()
    {
        var manifest = Manifest;
        var site = $"https://{PackageFixture.Domain}/tab/";

        Assert.Equal(site + "config.html", manifest["configurableTabs"]![0]!["configurationUrl"]!.GetValue<string>());
        Assert.Equal(["team", "groupChat"], manifest["configurableTabs"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(site + "index.html", manifest["staticTabs"]![0]!["contentUrl"]!.GetValue<string>());
        Assert.Equal(PackageFixture.BotId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{PackageFixture.Domain}/{PackageFixture.BotId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.DoesNotContain("example.invalid", manifest.ToJsonString());
    }

    [Fact]
    public async Task The_manifest_and_the_latvian_texts_pass_the_official_schemas()
    {
        var problems = await AppCheck.RunAsync(package.Unpacked);

        Assert.Equal(["color.png", "lv.json", "manifest.json", "outline.png"], problems.Keys.Order());
        Assert.All(problems, file => Assert.True(file.Value.Length == 0, $"{file.Key}:\n{string.Join("\n", file.Value)}"));
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square_and_opaque()
    {
        var color = Png.Read(File.ReadAllBytes(Path.Combine(package.Unpacked, Manifest["icons"]!["color"]!.GetValue<string>())));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.All(color.Pixels, p => Assert.Equal(255, p.A));
        Assert.True(color.Pixels.Distinct().Count() > 2, "the colour icon should show a symbol, not one flat colour");
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var outline = Png.Read(File.ReadAllBytes(Path.Combine(package.Unpacked, Manifest["icons"]!["outline"]!.GetValue<string>())));

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.HasAlpha, "the outline icon needs an alpha channel");
        Assert.All(outline.Pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, outline[0, 0].A);
        Assert.InRange(outline.Pixels.Count(p => p.A > 0), 32 * 32 / 10, 32 * 32 / 2);
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--app-id must be a GUID")]
    [InlineData("--bot-id", "00000000-0000-0000-0000-000000000000", "--bot-id must be a GUID")]
    [InlineData("--version", "1.0", "--version must be MAJOR.MINOR.PATCH")]
    [InlineData("--domain", "https://bot.example.lv/api", "--domain must be a host name")]
    public async Task The_package_command_refuses_what_teams_would_refuse(string option, string value, string expected)
    {
        using var dir = new TempDirectory();
        var arguments = new Dictionary<string, string>
        {
            ["--app-id"] = PackageFixture.AppId,
            ["--bot-id"] = PackageFixture.BotId,
            ["--version"] = PackageFixture.Version,
            ["--domain"] = PackageFixture.Domain,
            ["--out"] = dir.File("app.zip"),
        };
        arguments[option] = value;

        var run = await Tool.RunAsync("bash", ["scripts/package.sh", .. arguments.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Errors);
        Assert.False(File.Exists(dir.File("app.zip")));
    }
}
