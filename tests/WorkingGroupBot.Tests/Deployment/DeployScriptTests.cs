using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Deployment;

/// <summary>
/// scripts/deploy.sh fails early and plainly without the Azure CLI or a login, and --what-if changes nothing: run
/// against a stand-in `az` that records what it is asked (no Azure here).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // bash scripts
public sealed class DeployScriptTests : IDisposable
{
    private readonly TempDirectory bin = new();

    private string Log => bin.File("az.log");

    public void Dispose() => bin.Dispose();

    /// <summary>A stand-in `az`: signed in (or not), answering each command as the real one would for a new group.</summary>
    private void FakeAz(bool signedIn, bool groupExists)
    {
        File.WriteAllText(bin.File("az"), $$"""
            #!/usr/bin/env bash
            echo "$*" >> '{{Log}}'
            case "$1 $2" in
              "account show") {{(signedIn ? "echo 00000000-0000-0000-0000-00000000000a" : "echo 'Please run az login' >&2; exit 1")}} ;;
              "ad signed-in-user") exit 1 ;;
              "group exists") echo {{(groupExists ? "true" : "false")}} ;;
              *) echo '{}' ;;
            esac
            """);
        File.SetUnixFileMode(bin.File("az"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private Task<ToolRun> DeployAsync(params string[] arguments) => DeployOnPathAsync(bin.Path + ":" + Environment.GetEnvironmentVariable("PATH"), arguments);

    private static Task<ToolRun> DeployOnPathAsync(string path, params string[] arguments) =>
        Tool.RunAsync("env", ["PATH=" + path, "bash", "scripts/deploy.sh", .. arguments]);

    private IReadOnlyList<string> AzCalls => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    [Fact]
    public async Task Without_the_azure_cli_it_says_how_to_get_it_and_does_nothing()
    {
        // A PATH with only what the script needs before it looks for az, so an az installed on this machine is not found.
        foreach (var tool in new[] { "bash", "dirname" })
        {
            var found = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(d => Path.Combine(d, tool)).First(File.Exists);
            File.CreateSymbolicLink(bin.File(tool), found);
        }

        var run = await DeployOnPathAsync(bin.Path, "--name", "cesis", "--resource-group", "rg-wgb-cesis");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the Azure CLI ('az') is not installed", run.Errors);
    }

    [Fact]
    public async Task Signed_out_it_asks_for_az_login_and_deploys_nothing()
    {
        FakeAz(signedIn: false, groupExists: true);

        var run = await DeployAsync("--name", "cesis", "--resource-group", "rg-wgb-cesis");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("run 'az login'", run.Errors);
        Assert.Equal(["account show --query id -o tsv"], AzCalls);
    }

    [Theory]
    [InlineData("--name", "Cēsis")]
    [InlineData("--instances", "1")]
    public async Task A_bad_option_is_refused_before_anything_is_asked_of_azure(string option, string value)
    {
        FakeAz(signedIn: true, groupExists: true);

        var run = await DeployAsync("--name", "cesis", "--resource-group", "rg-wgb-cesis", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("deploy: ", run.Errors);
        Assert.Empty(AzCalls);
    }

    [Fact]
    public async Task What_if_shows_the_plan_for_the_group_and_creates_nothing()
    {
        FakeAz(signedIn: true, groupExists: true);

        var run = await DeployAsync("--name", "cesis", "--resource-group", "rg-wgb-cesis", "--instances", "3", "--what-if");

        Assert.True(run.ExitCode == 0, run.ToString());
        var whatIf = Assert.Single(AzCalls, c => c.StartsWith("deployment group what-if", StringComparison.Ordinal));
        Assert.Contains("--resource-group rg-wgb-cesis", whatIf);
        Assert.Contains("infra/main.bicep --parameters name=cesis location=westeurope instanceCount=3", whatIf);
        Assert.DoesNotContain(AzCalls, c => c.Contains("create", StringComparison.Ordinal) || c.StartsWith("webapp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_if_for_a_group_not_there_yet_shows_that_it_would_be_created()
    {
        FakeAz(signedIn: true, groupExists: false);

        var run = await DeployAsync("--name", "cesis", "--resource-group", "rg-wgb-cesis", "--what-if");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("does not exist: it would be created", run.Output);
        Assert.Single(AzCalls, c => c.StartsWith("deployment sub what-if", StringComparison.Ordinal) && c.Contains("infra/resource-group.bicep"));
        Assert.DoesNotContain(AzCalls, c => c.Contains("create", StringComparison.Ordinal));
    }
}
