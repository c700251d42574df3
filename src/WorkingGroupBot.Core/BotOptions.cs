using System.ComponentModel.DataAnnotations;

namespace WorkingGroupBot;

/// <summary>The "Bot" configuration section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Where people's browsers reach the bot's host, for links such as plan exports.</summary>
    [Required]
    [Url]
    public string PublicUrl { get; set; } = "http://localhost:3978";
}
