using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using WorkingGroupBot.Dashboard;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Hosting;

/// <summary>
/// Who calls the tab's API. In Teams: the Entra ID token TeamsJS got by single sign-on, checked for its signature,
/// lifetime, audience (<c>api://{domain}/{app id}</c> or the app id) and issuer (its own tenant's), with the
/// <c>access_as_user</c> scope; the tenant and person are the token's. Locally, without an app id, a development
/// identity named on the command line (<c>--Tab:DevelopmentUser tenant/aadObjectId</c>) stands for everyone; it is
/// refused at start-up when an app id is configured. With neither, every call is a 401.
/// </summary>
internal static class TabAuthentication
{
    public const string Scheme = "Tab";
    public const string Scope = "access_as_user";
    public const string DefaultInstance = "https://login.microsoftonline.com/";

    public static void AddTabAuthentication(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var appId = NonEmpty(config["Tab:ApplicationId"]) ?? NonEmpty(config["MicrosoftAppId"]);
        var developmentUser = NonEmpty(config["Tab:DevelopmentUser"]);
        var authentication = builder.Services.AddAuthentication();
        if (appId is not null)
        {
            if (developmentUser is not null)
            {
                throw new InvalidOperationException(
                    "Tab:DevelopmentUser is for local use only and cannot be set together with an app id."
                );
            }

            var publicUrl = config["Bot:PublicUrl"] ?? new BotOptions().PublicUrl;
            var domain = NonEmpty(config["Tab:Domain"]) ?? new Uri(publicUrl).Host;
            var instance = (NonEmpty(config["Tab:Instance"]) ?? DefaultInstance).TrimEnd('/') + "/";
            authentication.AddJwtBearer(Scheme, options => Configure(options, appId, domain, instance));
            builder.Services.AddSingleton(new TabSignIn(TabMode.SingleSignOn));
        }
        else if (developmentUser is not null)
        {
            authentication.AddScheme<DevelopmentUserOptions, DevelopmentUserHandler>(Scheme, options =>
                options.User = developmentUser
            );
            builder.Services.AddSingleton(new TabSignIn(TabMode.Development));
        }
        else
        {
            builder.Services.AddSingleton(new TabSignIn(TabMode.Off));
        }
    }

    /// <summary>The caller, or null when they are not signed in (no token, or one that fails any check).</summary>
    public static async Task<TabUser?> UserAsync(HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<TabSignIn>().Mode == TabMode.Off)
        {
            return null;
        }

        var result = await http.AuthenticateAsync(Scheme);
        var principal = result.Succeeded ? result.Principal : null;
        var tenant = principal?.FindFirstValue("tid");
        var person = principal?.FindFirstValue("oid");
        return string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(person)
            ? null
            : new TabUser(tenant, person, LanguageOf(http));
    }

    /// <summary>The reader's language: the page passes Teams' locale as <c>?lang=</c>.</summary>
    public static Language LanguageOf(HttpContext http) =>
        Languages.FromLocale(http.Request.Query["lang"].FirstOrDefault() ?? http.Request.Headers.AcceptLanguage);

    private static void Configure(JwtBearerOptions options, string appId, string domain, string instance)
    {
        options.MetadataAddress = instance + "common/v2.0/.well-known/openid-configuration";
        options.RequireHttpsMetadata = !new Uri(instance).IsLoopback;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = [$"api://{domain}/{appId}", appId],
            IssuerValidator = (issuer, token, _) => ValidIssuer(issuer, token, instance),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var scopes = context.Principal?.FindFirstValue("scp")?.Split(' ') ?? [];
                if (!scopes.Contains(Scope, StringComparer.Ordinal))
                {
                    context.Fail("The token does not carry the tab's scope.");
                }

                return Task.CompletedTask;
            },
        };
    }

    /// <summary>The issuer must be the token's own tenant's (v2 or v1 form); the metadata's is a template.</summary>
    private static string ValidIssuer(string issuer, SecurityToken token, string instance)
    {
        var tenant =
            token is Microsoft.IdentityModel.JsonWebTokens.JsonWebToken jwt
            && jwt.TryGetPayloadValue<string>("tid", out var tid)
            && tid is { Length: > 0 and <= 64 }
            && tid.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                ? tid
                : null;
        if (
            tenant is not null
            && (issuer == $"{instance}{tenant}/v2.0" || issuer == $"https://sts.windows.net/{tenant}/")
        )
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("The issuer is not the token's tenant's.");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    internal sealed class DevelopmentUserOptions : AuthenticationSchemeOptions
    {
        public string User { get; set; } = "";
    }

    /// <summary>Signs every request in as the development user ("tenant/aadObjectId").</summary>
    internal sealed class DevelopmentUserHandler(
        IOptionsMonitor<DevelopmentUserOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder
    ) : AuthenticationHandler<DevelopmentUserOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var parts = Options.User.Split('/', 2);
            if (parts.Length != 2)
            {
                return Task.FromResult(AuthenticateResult.Fail("Tab:DevelopmentUser is not tenant/aadObjectId."));
            }

            var identity = new ClaimsIdentity([new Claim("tid", parts[0]), new Claim("oid", parts[1])], Scheme.Name);
            return Task.FromResult(
                AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name))
            );
        }
    }
}

/// <summary>How this process signs tab users in, decided at start-up.</summary>
internal sealed record TabSignIn(TabMode Mode);

public enum TabMode
{
    Off,
    SingleSignOn,
    Development,
}
