using System.Diagnostics;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>The Table Storage emulator on a free loopback port, in memory, for this run only.</summary>
public sealed class Azurite : IDisposable
{
    private readonly Process process;

    private Azurite(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        DevStorage.ConnectionString($"http://127.0.0.1:{Port}");

    public static Azurite Start(string repositoryRoot)
    {
        var port = Loopback.FreePort();
        var start = new ProcessStartInfo(Path.Combine(repositoryRoot, "node_modules/.bin/azurite-table"))
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // 200,000 rows in memory need more than Node's default heap on some machines.
        start.Environment["NODE_OPTIONS"] = "--max-old-space-size=4096";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var azurite = new Azurite(process, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.Dispose();
        Console.CancelKeyPress += (_, _) => azurite.Dispose();
        Loopback.WaitUntilListening(port, process, "Azurite");
        return azurite;
    }

    /// <summary>CPU time the emulator has used so far: what storage cost, apart from the bot's own process.</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.HasExited ? TimeSpan.Zero : process.TotalProcessorTime;
    }

    /// <summary>Resident memory of the emulator, for the record: it holds every row.</summary>
    public long WorkingSetBytes()
    {
        process.Refresh();
        return process.HasExited ? 0 : process.WorkingSet64;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
