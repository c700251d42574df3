using System.ComponentModel.DataAnnotations;

namespace WorkingGroupBot.Reminders;

/// <summary>The "Reminders" configuration section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>False turns this instance's dispatcher off, e.g. for instances that only answer Teams.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due reminders.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claimed reminder stays with its dispatcher before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>At most this many due reminders per shard per sweep; the rest wait for the next sweep.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Reminders sent at once by one dispatcher.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 8;
}
