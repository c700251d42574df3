using Microsoft.AspNetCore.Server.Kestrel.Core;
using WorkingGroupBot.Teams;

namespace WorkingGroupBot.Hosting;

public static class BotApplication
{
    /// <summary>Teams messages are small (a card is at most ~28 KB); anything far larger is not from Teams.</summary>
    public const long MaxRequestBytes = 256 * 1024;

    /// <param name="configureServices">Lets tests replace services (the clock) after the bot's own
    /// registrations.</param>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        builder.AddWorkingGroupBot();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        app.MapGet("/healthz", HealthEndpoint.HandleAsync);
        app.MapGet("/exports/{token}/{file}", ExportEndpoint.HandleAsync);
        app.MapGet("/calendar/{file}", CalendarEndpoint.HandleAsync);
        return app;
    }

    private static void AddWorkingGroupBot(this WebApplicationBuilder builder)
    {
        var tables = builder.Configuration.GetConnectionString("Tables") ?? "UseDevelopmentStorage=true";
        // Hosted services start in order: the tables exist before the reminder sweep first looks at them.
        builder.Services.AddHostedService<TablesInitializer>();
        builder.Services.AddWorkingGroupCore(tables);
        builder.Services.AddTeamsEdge();
    }
}
