using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>What a minted tab token says: by default, what Teams single sign-on gives the tab for this person.</summary>
public sealed record TabToken(string TenantId, string AadObjectId, string Audience)
{
    /// <summary>Null: the token's own tenant's v2 issuer at the local instance.</summary>
    public string? Issuer { get; init; }

    public string Scope { get; init; } = "access_as_user";
    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromMinutes(55);

    /// <summary>Signed with a key the metadata does not list.</summary>
    public bool UnknownKey { get; init; }

    /// <summary>No signature at all ("alg": "none").</summary>
    public bool Unsigned { get; init; }
}

/// <summary>
/// Entra ID's sign-in service for the tab on 127.0.0.1 (plain HTTP, allowed for a loopback instance only): the
/// multi-tenant OpenID metadata, a JWKS, and RS256 access tokens as Teams SSO hands them to a tab.
/// </summary>
public sealed class EntraTokenIssuer : IAsyncDisposable
{
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "tab-" + Guid.NewGuid().ToString("N") };
    private readonly RsaSecurityKey stranger = new(RSA.Create(2048)) { KeyId = "stranger-" + Guid.NewGuid().ToString("N") };
    private WebApplication? app;

    /// <summary>The instance URL the bot is told (<c>--Tab:Instance</c>), ending in "/".</summary>
    public string Instance { get; private set; } = "";

    public string IssuerOf(string tenantId) => $"{Instance}{tenantId}/v2.0";

    public static async Task<EntraTokenIssuer> StartAsync()
    {
        var issuer = new EntraTokenIssuer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        issuer.app = builder.Build();
        issuer.app.MapGet("/common/v2.0/.well-known/openid-configuration", () => Results.Json(new JsonObject
        {
            ["issuer"] = issuer.Instance + "{tenantid}/v2.0",
            ["jwks_uri"] = issuer.Instance + "common/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        issuer.app.MapGet("/common/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(issuer.key);
            return Results.Json(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E }),
            });
        });
        await issuer.app.StartAsync();
        issuer.Instance = $"http://127.0.0.1:{new Uri(issuer.app.Urls.First()).Port}/";
        return issuer;
    }

    public string Mint(TabToken token)
    {
        var expires = DateTime.UtcNow + token.ExpiresIn;
        var claims = new Dictionary<string, object>
        {
            ["tid"] = token.TenantId,
            ["oid"] = token.AadObjectId,
            ["scp"] = token.Scope,
            ["name"] = "Test User",
        };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = token.Issuer ?? IssuerOf(token.TenantId),
            Audience = token.Audience,
            Claims = claims,
            NotBefore = expires.AddHours(-1),
            IssuedAt = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = token.Unsigned ? null : new SigningCredentials(token.UnknownKey ? stranger : key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token whose payload was changed after signing (the oid of someone else).</summary>
    public string Tampered(TabToken token, string otherAadObjectId)
    {
        var parts = Mint(token).Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["oid"] = otherAadObjectId;
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
