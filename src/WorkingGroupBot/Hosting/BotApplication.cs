using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Graph;
using WorkingGroupBot.Teams;

namespace WorkingGroupBot.Hosting;

public static class BotApplication
{
    /// <summary>Teams messages are small (a card is at most ~28 KB); anything far larger is not from Teams.</summary>
    public const long MaxRequestBytes = 256 * 1024;

    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    /// <param name="configureServices">Lets tests replace services (the clock) after the bot's own
    /// registrations.</param>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        // On SIGTERM: reminders being sent get their grace, then the host stops well inside App Service's 60 s.
        builder.Services.Configure<HostOptions>(options =>
            options.ShutdownTimeout = ReminderDispatcher.ShutdownGrace + TimeSpan.FromSeconds(15)
        );
        builder.AddWorkingGroupBot();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapTab();
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        // Liveness: the process answers (no checks). Readiness: its tables answer (/healthz, the first path, is the
        // same). The platform's probes use these.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        foreach (var path in new[] { ReadyPath, "/healthz" })
        {
            app.MapHealthChecks(path, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        }
        app.MapGet("/exports/{token}/{file}", ExportEndpoint.HandleAsync);
        app.MapGet(MinutesEndpoint.Pattern, MinutesEndpoint.HandleAsync);
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
        builder.Services.AddHealthChecks().AddCheck<TablesHealthCheck>("tables", tags: [Ready]);
        builder.AddWorkingGroupTelemetry();
        builder.AddTabAuthentication();
        builder.AddGraphInvitations();
    }
}
