using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// The bot as its own operating-system process on a loopback port, with the real clock: for tests that kill it.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;

    private BotProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static Task<BotProcess> StartAsync(params string[] settings) =>
        StartFromAsync(Path.Combine(RepositoryFiles.Root, "src", "WorkingGroupBot", "bin", BuildConfiguration, "net10.0", "WorkingGroupBot.dll"), settings);

    /// <param name="dll">The bot's assembly, e.g. in a publish folder.</param>
    public static async Task<BotProcess> StartFromAsync(string dll, params string[] settings)
    {
        var url = $"http://127.0.0.1:{Loopback.FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", url, "--Logging:LogLevel:Default", "Warning" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, url);
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>SIGTERM, as App Service or Kubernetes stop an instance: waits for the process to exit.</summary>
    /// <returns>Its exit code and how long it took to stop.</returns>
    public async Task<(int ExitCode, TimeSpan Took)> TerminateAsync(TimeSpan limit)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, started.Elapsed);
    }

    /// <summary>kill -9: no shutdown, no flushing, whatever the process was doing.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async Task<HttpResponseMessage> SendAsync(JsonObject activity)
    {
        var response = await Http.PostAsync(Url + "/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        Http.Dispose();
        await Task.CompletedTask;
    }

    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {process.ExitCode}");
            }

            try
            {
                if ((await Http.GetAsync(Url + "/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The bot did not become healthy within 60 s");
    }
}
