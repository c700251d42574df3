using System.Diagnostics;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>What a command-line tool printed and how it ended.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
}

/// <summary>Runs the repository's scripts (node, bash) from the repository root, as a developer would.</summary>
public static class Tool
{
    public static Task<ToolRun> RunAsync(string program, params string[] arguments) =>
        RunAsync(TimeSpan.FromMinutes(2), program, arguments);

    public static async Task<ToolRun> RunAsync(TimeSpan limit, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        using var timeout = new CancellationTokenSource(limit);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new ToolRun(process.ExitCode, await output, await errors);
    }
}
