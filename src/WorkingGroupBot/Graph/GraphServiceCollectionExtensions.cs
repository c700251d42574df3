using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using WorkingGroupBot.Meetings;

namespace WorkingGroupBot.Graph;

internal static class GraphServiceCollectionExtensions
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>
    /// With <c>Graph:Enabled</c>, meeting series go out as Outlook invitations through Microsoft Graph; otherwise the
    /// bot sends none. The credential is the app's managed identity (<c>AZURE_CLIENT_ID</c>), or the app registration's
    /// secret when <c>Graph:ClientSecret</c> is set; tests put their own <see cref="TokenCredential"/> in its place.
    /// </summary>
    public static void AddGraphInvitations(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>($"{GraphOptions.Section}:{nameof(GraphOptions.Enabled)}"))
        {
            return;
        }

        var managedIdentity = builder.Configuration["AZURE_CLIENT_ID"];
        var services = builder.Services;
        services
            .AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o =>
                    string.IsNullOrEmpty(o.ClientSecret)
                    || !(string.IsNullOrEmpty(o.TenantId) || string.IsNullOrEmpty(o.ClientId)),
                "Graph:ClientSecret needs Graph:TenantId and Graph:ClientId"
            )
            .ValidateOnStart();
        services.TryAddSingleton<TokenCredential>(provider =>
            provider.GetRequiredService<IOptions<GraphOptions>>().Value is { ClientSecret: { Length: > 0 } secret } o
                ? new ClientSecretCredential(o.TenantId, o.ClientId, secret)
                : new ManagedIdentityCredential(
                    string.IsNullOrEmpty(managedIdentity)
                        ? ManagedIdentityId.SystemAssigned
                        : ManagedIdentityId.FromUserAssignedClientId(managedIdentity)
                )
        );
        services.AddSingleton(provider =>
        {
            var baseUrl = provider.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl.TrimEnd('/');
            // The token goes to the configured Graph host only.
            var authentication = new AzureIdentityAuthenticationProvider(
                provider.GetRequiredService<TokenCredential>(),
                [new Uri(baseUrl).Host],
                scopes: Scopes
            );
            return new GraphServiceClient(authentication, baseUrl);
        });
        services.RemoveAll<IMeetingInvitations>();
        services.AddSingleton<IMeetingInvitations, GraphInvitations>();
    }
}
