using System.ComponentModel.DataAnnotations;

namespace WorkingGroupBot.Graph;

/// <summary>
/// The "Graph" configuration section: Outlook invitations for meeting series, sent through Microsoft Graph from the
/// organiser mailbox the municipality chose (application permission Calendars.ReadWrite, restricted to that mailbox
/// by an application access policy). Off unless <see cref="Enabled"/>.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public bool Enabled { get; set; }

    /// <summary>The organiser mailbox's UPN or object id: invitations are events in its calendar.</summary>
    [Required]
    public string Organizer { get; set; } = "";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>With a client secret, the app registration signs in with it (tenant and client id needed too);
    /// without, the host's managed identity does (<c>AZURE_CLIENT_ID</c> names a user-assigned one).</summary>
    public string? ClientSecret { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }
}
