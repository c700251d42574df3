using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// An Azurite of a test's own, on a fixed port and with its data in a temp directory (not in memory), so the test can
/// stop it — a storage outage — and start it again with every committed row still there.
/// </summary>
public sealed class StoppableAzurite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly TempDirectory data = new();
    private Process? process;
    private int emulator;

    private StoppableAzurite(int port)
    {
        Port = port;
        ConnectionString = DevStorage.ConnectionString($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public bool IsRunning => process is { HasExited: false };

    public static async Task<StoppableAzurite> StartAsync()
    {
        var azurite = new StoppableAzurite(Loopback.FreePort());
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts the emulator (again) on the same port and data directory; returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            return;
        }

        process?.Dispose();
        // As the shared Azurite does: a small bash watcher runs the emulator and ends it when this test process is
        // gone, even if it was killed. It prints the emulator's process id first, which the signals below go to.
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList =
            {
                "-c", "\"$2\" \"${@:3}\" & child=$!; echo $child; while kill -0 \"$1\" 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done; kill $child 2>/dev/null; wait $child",
                "azurite", Environment.ProcessId.ToString(), RepositoryFiles.Find("node_modules/.bin/azurite-table"),
                "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--location", data.Path,
                "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var pid = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        process.OutputDataReceived += (_, line) =>
        {
            if (int.TryParse(line.Data, out var id))
            {
                pid.TrySetResult(id);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        emulator = await pid.Task.WaitAsync(StartTimeout);

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AcceptsConnectionsAsync())
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {process.ExitCode} (port {Port} taken?)");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds} s");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Stops the emulator the way an operator would (SIGINT): it closes its port and writes its data to disk. If it
    /// has not exited after a while it is killed. Afterwards nothing listens on the port: requests are refused.
    /// </summary>
    public async Task StopAsync()
    {
        if (process is not { HasExited: false } running)
        {
            return;
        }

        await SignalAsync("-CONT"); // a frozen process would not act on the interrupt
        await SignalAsync("-INT");

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await running.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Closed its port and saved, but something keeps node alive: the data is on disk, so end it.
            await SignalAsync("-KILL");
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }
    }

    /// <summary>
    /// Freezes the emulator (SIGSTOP): it keeps its port and accepts connections but answers nothing — storage that
    /// hangs rather than refuses. <see cref="ThawAsync"/> lets it go on.
    /// </summary>
    public Task FreezeAsync() => SignalAsync("-STOP");

    public Task ThawAsync() => SignalAsync("-CONT");

    private async Task SignalAsync(string signal)
    {
        if (process is { HasExited: false })
        {
            using var kill = Process.Start("kill", [signal, emulator.ToString()]);
            await kill.WaitForExitAsync();
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false } running)
        {
            await SignalAsync("-KILL");
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }

        process?.Dispose();
        data.Dispose();
    }
}
