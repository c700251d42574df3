using System.ComponentModel.DataAnnotations;

namespace WorkingGroupBot.Storage;

/// <summary>The "Tables" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Tables";

    /// <summary>Put before every table name, so several deployments (or test runs) can share one storage
    /// account.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,29})?$")]
    public string TablePrefix { get; set; } = "";
}
