using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkingGroupBot;

/// <summary>
/// The bot's traces and metrics (OpenTelemetry through System.Diagnostics; the host exports them). Tags carry verbs,
/// scopes and outcomes only: never the text of a message, a name or an id of a person.
/// </summary>
public static class Telemetry
{
    public const string Name = "WorkingGroupBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Turns by verb, scope and outcome (card, text, refused, failed).</summary>
    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("wgb.turns", description: "Teams turns");

    /// <summary>Requests refused with a clear answer, by reason (not a member, chairs only, unknown action).</summary>
    public static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        "wgb.refusals",
        description: "Requests refused"
    );

    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>(
        "wgb.storage.duration",
        unit: "ms",
        description: "Table storage requests"
    );

    /// <summary>Reminders found due, and each one's outcome (sent, failed, unreachable = given up, dropped, …).</summary>
    public static readonly Counter<long> Reminders = Meter.CreateCounter<long>(
        "wgb.reminders",
        description: "Reminders due and their outcomes"
    );

    /// <summary>How late the oldest due reminder was when a sweep pass began.</summary>
    public static readonly Histogram<double> SweepLag = Meter.CreateHistogram<double>(
        "wgb.sweep.lag",
        unit: "s",
        description: "Now minus the oldest due reminder"
    );

    /// <summary>Answers 429 from the Bot Connector.</summary>
    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        "wgb.connector.throttled",
        description: "429 answers from Teams"
    );

    /// <summary>Time waited before retrying the Bot Connector (Retry-After, or backoff).</summary>
    public static readonly Histogram<double> RetryWait = Meter.CreateHistogram<double>(
        "wgb.connector.retry_wait",
        unit: "s",
        description: "Waited before a retry"
    );

    /// <summary>Time a send waited at the bot's own rate limiter.</summary>
    public static readonly Histogram<double> SendLimiterWait = Meter.CreateHistogram<double>(
        "wgb.send_limiter.wait",
        unit: "ms",
        description: "Waited at the send limiter"
    );
}
