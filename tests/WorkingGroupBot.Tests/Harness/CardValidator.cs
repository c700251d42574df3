using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// Checks Adaptive Cards the way Teams will read them: the official parser (npm adaptivecards, in one Node process
/// for the whole test run, see tests/node/card-validator.js) for unknown elements and properties, bad values,
/// duplicate ids, inputs without an id or a label and versions above 1.5; and the size Teams accepts in a message.
/// </summary>
public sealed class CardValidator : IDisposable
{
    /// <summary>Teams refuses messages over about 28 KB.</summary>
    public const int TeamsLimitBytes = 28 * 1024;

    private static readonly Lazy<CardValidator> SharedInstance = new(Start);

    private readonly Process node;
    private readonly StringBuilder errors = new();
    private readonly Lock gate = new();

    private CardValidator(Process node)
    {
        this.node = node;
        node.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        node.BeginErrorReadLine();
    }

    public static CardValidator Shared => SharedInstance.Value;

    /// <summary>What is wrong with the card; empty when Teams will render it as built.</summary>
    public IReadOnlyList<string> Check(JsonObject card)
    {
        var problems = new List<string>();
        var bytes = Encoding.UTF8.GetByteCount(AdaptiveCard.ToJson(card));
        if (bytes >= TeamsLimitBytes)
        {
            problems.Add($"the card is {bytes} bytes; Teams takes messages under {TeamsLimitBytes}");
        }

        string? answer;
        lock (gate)
        {
            try
            {
                node.StandardInput.WriteLine(card.ToJsonString());
                answer = node.StandardOutput.ReadLine();
            }
            catch (IOException)
            {
                answer = null; // the pipe broke: node stopped, and its error output says why
            }
        }

        if (answer is null)
        {
            lock (errors)
            {
                throw new InvalidOperationException("The card validator (node tests/node/card-validator.js) stopped: " + errors);
            }
        }

        problems.AddRange(JsonSerializer.Deserialize<string[]>(answer)!);
        return problems;
    }

    private static CardValidator Start()
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { RepositoryFiles.Find("tests/node/card-validator.js") },
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var validator = new CardValidator(process);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => validator.Dispose();
        return validator;
    }

    public void Dispose()
    {
        if (!node.HasExited)
        {
            node.Kill(entireProcessTree: true);
        }

        node.Dispose();
    }
}
