using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Teams;

internal static class TeamsEdgeServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsEdge(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.ConfigureHttpClientDefaults(http =>
            http.AddResilienceHandler("bot-connector", ConnectorResilience.Configure)
        );
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ChannelAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()
            ),
            new SharedConnectorClients(sp.GetRequiredService<TimeProvider>())
        ));
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<Members.IRosterSource, RosterReader>();
        services.AddSingleton<TeamsBot>();
        // The limits are about the real network: the real clock, whatever clock the rest of the host is given.
        services.AddSingleton(new SendRateLimiter(TimeProvider.System));
        services.AddSingleton<IProactiveSender, ProactiveSender>();
        return services;
    }
}
