using System.Diagnostics;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// The real Table Storage emulator, started once for the test run on a free port, in memory. Set
/// WGB_TEST_TABLES to a connection string to test against another Table endpoint instead.
/// </summary>
public sealed class Azurite : IDisposable
{
    private static readonly Lazy<Azurite> SharedInstance = new(Start);

    private readonly Process? process;

    private Azurite(string connectionString, Process? process)
    {
        ConnectionString = connectionString;
        this.process = process;
    }

    public static Azurite Shared => SharedInstance.Value;

    public string ConnectionString { get; }

    private static Azurite Start()
    {
        if (Environment.GetEnvironmentVariable("WGB_TEST_TABLES") is { Length: > 0 } external)
        {
            return new Azurite(external, null);
        }

        var port = Loopback.FreePort();
        // A small bash watcher runs Azurite and stops it as soon as this test process is gone, even when the test
        // host is killed and never runs its exit handlers.
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList =
            {
                "-c", "\"$2\" \"${@:3}\" & child=$!; while kill -0 \"$1\" 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done; kill $child 2>/dev/null; wait $child",
                "azurite", Environment.ProcessId.ToString(), RepositoryFiles.Find("node_modules/.bin/azurite-table"),
                "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--silent",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        var azurite = new Azurite(
            DevStorage.ConnectionString($"http://127.0.0.1:{port}"),
            process);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.Dispose();
        Loopback.WaitUntilListening(port, process, "Azurite");
        return azurite;
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
        }

        process?.Dispose();
    }
}
