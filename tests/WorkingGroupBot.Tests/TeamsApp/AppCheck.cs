using System.Text.Json;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.TeamsApp;

/// <summary>scripts/teams-app/manifest-check.js: the official schemas (npm @microsoft/app-manifest, offline) and the icon sizes.</summary>
public static class AppCheck
{
    /// <summary>Problems per file of the app unpacked in <paramref name="dir"/>; an empty list for each valid file.</summary>
    public static async Task<Dictionary<string, string[]>> RunAsync(string dir)
    {
        var run = await Tool.RunAsync("node", "scripts/teams-app/manifest-check.js", dir);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(run.Output)!;
    }
}
