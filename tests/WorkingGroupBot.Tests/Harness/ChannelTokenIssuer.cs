using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>What a minted token says, and which key signs it: by default, what the channel would send.</summary>
public sealed record ChannelToken(string Audience, string ServiceUrl)
{
    public string Issuer { get; init; } = ChannelTokenIssuer.BotFrameworkIssuer;

    /// <summary>From now; negative for a token that has expired. Each token is valid for one hour until then.</summary>
    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromMinutes(55);

    public SigningKey SignedWith { get; init; } = SigningKey.TeamsKey;
}

public enum SigningKey
{
    /// <summary>In the JWKS, endorsed for msteams, as the Bot Framework's keys are.</summary>
    TeamsKey,

    /// <summary>In the JWKS, but endorsed only for another channel.</summary>
    WebChatKey,

    /// <summary>Not in the JWKS.</summary>
    UnknownKey,
}

/// <summary>
/// The Bot Framework's channel token service on 127.0.0.1: OpenID metadata and a JWKS over HTTPS (a self-signed
/// certificate), and RS256 tokens signed with its own keys.
/// </summary>
public sealed class ChannelTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly Dictionary<SigningKey, RsaSecurityKey> keys = Enum.GetValues<SigningKey>()
        .ToDictionary(k => k, k => new RsaSecurityKey(RSA.Create(2048)) { KeyId = $"{k}-{Guid.NewGuid():N}" });

    private readonly X509Certificate2 certificate = CreateCertificate();
    // The SDK's cache of metadata outlives this issuer, and a later one may get the same port: keep the URLs apart.
    private readonly string prefix = "/" + Guid.NewGuid().ToString("N");
    private WebApplication? app;
    private HttpClient? metadataClient;

    public string MetadataUrl { get; private set; } = "";

    /// <summary>
    /// The settings that make the bot require channel tokens for <paramref name="appId"/> from this issuer. Any one of
    /// the SDK's endpoint keys replaces all of its public-cloud defaults (the others become null, and a null login URL
    /// breaks every turn), so the public cloud's values are given for the rest.
    /// </summary>
    public string[] BotSettings(string appId) =>
    [
        "--MicrosoftAppId", appId,
        "--ToBotFromChannelOpenIdMetadataUrl", MetadataUrl,
        "--ToBotFromChannelTokenIssuer", BotFrameworkIssuer,
        "--ToChannelFromBotLoginUrl", "https://login.microsoftonline.com/{0}",
        "--ToChannelFromBotOAuthScope", "https://api.botframework.com",
        "--OAuthUrl", "https://api.botframework.com",
        "--CallerId", "urn:botframework:azure",
    ];

    public static async Task<ChannelTokenIssuer> StartAsync()
    {
        var issuer = new ChannelTokenIssuer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(issuer.certificate)));
        issuer.app = builder.Build();
        issuer.app.MapGet(issuer.prefix + "/.well-known/openidconfiguration", (HttpRequest request) => Results.Json(new JsonObject
        {
            ["issuer"] = BotFrameworkIssuer,
            ["jwks_uri"] = $"https://{request.Host}{issuer.prefix}/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        issuer.app.MapGet(issuer.prefix + "/keys", () => Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(issuer.Jwk(SigningKey.TeamsKey, "msteams"), issuer.Jwk(SigningKey.WebChatKey, "webchat")),
        }));
        await issuer.app.StartAsync();
        var port = new Uri(issuer.app.Urls.First()).Port;
        issuer.MetadataUrl = $"https://127.0.0.1:{port}{issuer.prefix}/.well-known/openidconfiguration";
        issuer.TrustInTheSdk();
        return issuer;
    }

    public string Mint(ChannelToken token)
    {
        // The SDK checks lifetimes against the real clock, not the bot's TimeProvider.
        var expires = DateTime.UtcNow + token.ExpiresIn;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = token.Issuer,
            Audience = token.Audience,
            Claims = new Dictionary<string, object> { ["serviceurl"] = token.ServiceUrl },
            NotBefore = expires.AddHours(-1),
            IssuedAt = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(keys[token.SignedWith], SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        metadataClient?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        certificate.Dispose();
        foreach (var key in keys.Values)
        {
            key.Rsa.Dispose();
        }
    }

    /// <summary>
    /// The SDK fetches the metadata with a static HttpClient of its own, not one from IHttpClientFactory, so neither DI
    /// nor SSL_CERT_FILE set in-process can make it trust this certificate. But it keeps one configuration manager per
    /// metadata URL in a static cache, created with the HttpClient of the first JwtTokenExtractor for that URL: create
    /// that first one here, with a client that trusts this certificate (and no other).
    /// </summary>
    private void TrustInTheSdk()
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            CustomTrustStore = { certificate },
        };
        metadataClient = new HttpClient(handler);
        _ = new JwtTokenExtractor(metadataClient, new TokenValidationParameters(), MetadataUrl, allowedSigningAlgorithms: null);
    }

    private JsonObject Jwk(SigningKey name, string endorsedChannel)
    {
        var key = keys[name].Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keys[name].KeyId,
            ["n"] = Base64UrlEncoder.Encode(key.Modulus),
            ["e"] = Base64UrlEncoder.Encode(key.Exponent),
            ["endorsements"] = new JsonArray(endorsedChannel),
        };
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // SslStream on Windows cannot use CreateSelfSigned's ephemeral key; a PFX round trip works everywhere.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
