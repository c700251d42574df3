using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Tab;

/// <summary>The tab's pages as Teams loads them: from the bot's host, framed only by Teams, with the TeamsJS the npm
/// lock names.</summary>
public sealed class TabPageTests(TabFixture tab) : IClassFixture<TabFixture>
{
    [Theory]
    [InlineData("/tab/index.html")]
    [InlineData("/tab/config.html")]
    public async Task The_pages_are_served_for_teams_to_frame_and_no_one_else(string path)
    {
        using var answer = await tab.Bot.Http.GetAsync(tab.Bot.Url + path);

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        var policy = string.Join(" ", answer.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors teams.microsoft.com *.teams.microsoft.com", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("lib/MicrosoftTeams.min.js", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_served_teamsjs_is_the_npm_package_the_lock_file_names()
    {
        var served = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "WorkingGroupBot", "wwwroot", "tab", "lib", "MicrosoftTeams.min.js"));
        var package = Path.Combine(RepositoryFiles.Root, "node_modules", "@microsoft", "teams-js");

        Assert.Equal(File.ReadAllBytes(Path.Combine(package, "dist", "umd", "MicrosoftTeams.min.js")), served);
        Assert.Contains("\"version\": \"2.58.0\"", File.ReadAllText(Path.Combine(package, "package.json")));
    }
}
