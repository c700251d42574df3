using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace WorkingGroupBot.Teams;

/// <summary>
/// The SDK's channel authentication, except that every token it cannot validate is refused as unauthorized: on its
/// own it lets a malformed token or one signed by an unknown key escape as an exception (a 500). When the channel's
/// signing keys cannot be fetched, the request is answered "try again later" instead. Its connector clients
/// are shared between turns (<see cref="SharedConnectorClients"/>).
/// </summary>
internal sealed class ChannelAuthentication(BotFrameworkAuthentication inner, SharedConnectorClients connectors)
    : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        Activity activity,
        string authHeader,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
            result.ConnectorFactory = connectors.Over(result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
            return result;
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException)
        {
            throw new UnauthorizedAccessException("The request's token is not valid.", e);
        }
        catch (InvalidOperationException e) when (e.InnerException is IOException)
        {
            // The channel's signing keys could not be fetched (IDX20803): the token can be neither trusted nor refused.
            throw new SigningKeysUnavailableException(e);
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(
        string authHeader,
        string channelIdHeader,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException)
        {
            throw new UnauthorizedAccessException("The request's token is not valid.", e);
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        connectors.Over(inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(
        ClaimsIdentity claimsIdentity,
        CancellationToken cancellationToken
    ) => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(
        string authHeader,
        CancellationToken cancellationToken
    ) => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>The bot's app id the identity speaks for; null when authentication is off.</summary>
    private static string? AppIdOf(ClaimsIdentity identity) =>
        (
            identity.FindFirst(AuthenticationConstants.AudienceClaim)
            ?? identity.FindFirst(AuthenticationConstants.AppIdClaim)
        )?.Value;
}
