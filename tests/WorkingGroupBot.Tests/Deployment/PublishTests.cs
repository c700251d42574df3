using System.Net;
using WorkingGroupBot.Hosting;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Deployment;

/// <summary>
/// What App Service runs is the Release publish output, zip-deployed: it must start on its own from that folder (the
/// Bot Framework assemblies the build references by path included) and answer Teams. And the Dockerfile, which no
/// machine here can build (no container registry), keeps its promised shape.
/// </summary>
public sealed class PublishTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task The_release_publish_output_starts_from_its_folder_and_answers_health_and_a_teams_turn()
    {
        using var folder = new TempDirectory();
        var publish = await Tool.RunAsync(TimeSpan.FromMinutes(5), "dotnet", "publish", "src/WorkingGroupBot/WorkingGroupBot.csproj",
            "-c", "Release", "-o", folder.Path, "--no-restore", "--nologo", "-v", "quiet");
        Assert.True(publish.ExitCode == 0, publish.ToString());

        await using var bot = await BotProcess.StartFromAsync(folder.File("WorkingGroupBot.dll"),
            "--ConnectionStrings:Tables", Azurite.Shared.ConnectionString, "--Reminders:Enabled", "false");
        var world = fixture.NewWorld();
        await bot.SendAsync(world.PersonalMessage(world.Anna, "palīdzība"));

        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync(bot.Url + BotApplication.ReadyPath)).StatusCode);
        Assert.NotNull(fixture.Connector.MessagesTo(TeamsWorld.PersonalChatId(world.Anna)).Single().Card);
    }

    [Fact]
    public void The_dockerfile_builds_in_one_stage_and_runs_chiseled_as_a_non_root_user_on_port_8080()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Find("Dockerfile")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var stages = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        var final = lines.SkipWhile(l => l != stages[^1]).ToList();

        Assert.Equal(2, stages.Count);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", stages[0]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0-[a-z]+-chiseled AS final$", stages[1]);
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet publish src/WorkingGroupBot/WorkingGroupBot.csproj -c Release", StringComparison.Ordinal));
        var user = Assert.Single(final, l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^USER (root|0)(:|$)", user);
        Assert.Contains("EXPOSE 8080", final);
        Assert.Contains("ENV ASPNETCORE_HTTP_PORTS=8080", final);
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"WorkingGroupBot.dll\"]", final[^1]);
        var ignored = File.ReadAllLines(RepositoryFiles.Find(".dockerignore"));
        Assert.Contains("node_modules/", ignored);
        Assert.Contains("**/bin/", ignored);
    }
}
