using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// An Azurite of a test's own, on a fixed port and with its data in a temp directory (not in memory), so the test can
/// stop it — a storage outage — and start it again with every committed row still there.
/// </summary>
public sealed class StoppableAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly TempDirectory data = new();
    private Process? process;

    private StoppableAzurite(int port)
    {
        Port = port;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public bool IsRunning => process is { HasExited: false };

    public static async Task<StoppableAzurite> StartAsync()
    {
        var azurite = new StoppableAzurite(Azurite.FreePort());
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
        var start = new ProcessStartInfo(RepositoryFiles.Find("node_modules/.bin/azurite-table"))
        {
            ArgumentList =
            {
                "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--location", data.Path,
                "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

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

        using (var signal = Process.Start("kill", ["-INT", running.Id.ToString()]))
        {
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await running.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Closed its port and saved, but something keeps node alive: the data is on disk, so end it.
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
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
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }

        process?.Dispose();
        data.Dispose();
    }
}
