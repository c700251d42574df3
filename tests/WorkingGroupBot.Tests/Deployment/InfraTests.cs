using System.Reflection;
using System.Text.Json.Nodes;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Deployment;

/// <summary>
/// infra/main.bicep compiles and lints clean with the Bicep CLI (offline, from NuGet), and what it deploys keeps the
/// promises docs/deploy.md makes: HTTPS only, two or more instances with a readiness probe, tables without shared keys
/// reached by the app's managed identity, the bot on that identity with no secret, the Teams channel.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the Bicep CLI here is the linux-x64 build
public sealed class InfraTests
{
    private static readonly Lazy<Task<JsonObject>> Template = new(CompileAsync);

    private static string Bicep()
    {
        var path = typeof(InfraTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Bicep").Value!;
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }

    private static async Task<JsonObject> CompileAsync()
    {
        var run = await Tool.RunAsync(Bicep(), "build", "infra/main.bicep", "--stdout");
        Assert.True(run.ExitCode == 0 && run.Errors.Trim().Length == 0, run.ToString());
        return JsonNode.Parse(run.Output)!.AsObject();
    }

    private static async Task<JsonObject> ResourceAsync(string type) =>
        (await Template.Value)["resources"]!.AsArray().Select(r => r!.AsObject()).Single(r => r["type"]!.GetValue<string>() == type);

    [Theory]
    [InlineData("infra/main.bicep")]
    [InlineData("infra/resource-group.bicep")]
    public async Task The_bicep_compiles_and_lints_without_a_warning(string file)
    {
        var build = await Tool.RunAsync(Bicep(), "build", file, "--stdout");
        Assert.True(build.ExitCode == 0 && build.Errors.Trim().Length == 0, build.ToString());
        var lint = await Tool.RunAsync(Bicep(), "lint", file);

        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Equal("", (lint.Output + lint.Errors).Trim());
    }

    [Fact]
    public async Task The_app_is_https_only_runs_at_least_two_instances_and_is_probed_for_readiness()
    {
        var app = await ResourceAsync("Microsoft.Web/sites");
        var plan = await ResourceAsync("Microsoft.Web/serverfarms");
        var instances = (await Template.Value)["parameters"]!["instanceCount"]!;

        Assert.True(app["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("/health/ready", app["properties"]!["siteConfig"]!["healthCheckPath"]!.GetValue<string>());
        Assert.Equal(2, instances["minValue"]!.GetValue<int>());
        Assert.Equal("[parameters('instanceCount')]", plan["sku"]!["capacity"]!.GetValue<string>());
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>(), "Linux");
        Assert.Contains("DOTNETCORE|10.0", app["properties"]!["siteConfig"]!["linuxFxVersion"]!.ToJsonString());
    }

    [Fact]
    public async Task The_tables_take_no_shared_key_and_the_app_reaches_them_with_its_managed_identity()
    {
        var storage = await ResourceAsync("Microsoft.Storage/storageAccounts");
        var role = await ResourceAsync("Microsoft.Authorization/roleAssignments");
        var settings = (await ResourceAsync("Microsoft.Web/sites"))["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.ToJsonString());

        Assert.False(storage["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", (await Template.Value)["variables"]!["tableDataContributor"]!.GetValue<string>()); // Storage Table Data Contributor
        Assert.Contains("tableDataContributor", role["properties"]!["roleDefinitionId"]!.ToJsonString());
        Assert.Contains("primaryEndpoints.table", settings["ConnectionStrings__Tables"]); // an endpoint URI, no key
        Assert.Contains("clientId", settings["AZURE_CLIENT_ID"]);
        Assert.Equal("\"UserAssignedMSI\"", settings["MicrosoftAppType"]);
    }

    [Fact]
    public async Task The_bot_uses_the_managed_identity_with_no_secret_and_has_the_teams_channel_and_outputs_for_the_package()
    {
        var bot = await ResourceAsync("Microsoft.BotService/botServices");
        var channel = await ResourceAsync("Microsoft.BotService/botServices/channels");
        var outputs = (await Template.Value)["outputs"]!.AsObject();

        Assert.Equal("UserAssignedMSI", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.Contains("/api/messages", bot["properties"]!["endpoint"]!.GetValue<string>());
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
        Assert.True(outputs.ContainsKey("botId") && outputs.ContainsKey("domain"));
        Assert.DoesNotContain("Password", (await Template.Value).ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// m365agents.yml asks only for values someone gives: env/.env.dev's, or the outputs of infra/main.bicep (the
    /// toolkit writes each as its name in capitals); and every file it names is here.
    /// </summary>
    [Fact]
    public async Task The_agents_toolkit_project_uses_only_values_and_files_that_exist()
    {
        var project = File.ReadAllText(RepositoryFiles.Find("m365agents.yml"));
        var given = File.ReadAllLines(RepositoryFiles.Find("env/.env.dev")).Where(l => l.Contains('=') && !l.StartsWith('#')).Select(l => l.Split('=')[0]);
        var outputs = (await Template.Value)["outputs"]!.AsObject().Select(o => o.Key.ToUpperInvariant());
        var used = System.Text.RegularExpressions.Regex.Matches(project, @"\$\{\{(\w+)\}\}").Select(m => m.Groups[1].Value).Distinct();

        Assert.All(used, name => Assert.Contains(name, given.Concat(outputs)));
        Assert.All(
            System.Text.RegularExpressions.Regex.Matches(project, @"(?:path|parameters): (\S+)").Select(m => m.Groups[1].Value),
            path => Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, path)), path + " is missing"));
        Assert.Contains("src/WorkingGroupBot/WorkingGroupBot.csproj", project);
        Assert.True(File.Exists(RepositoryFiles.Find("scripts/package.sh")));
    }
}
