using Azure.Core;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Hosting;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Benchmarks.Infrastructure;

/// <summary>
/// The real bot host (BotApplication.Create: Kestrel, CloudAdapter, table stores) on a loopback port with tables of its
/// own (by prefix), its background sweep off, every storage request counted, and one extra endpoint, /bench/echo, that
/// runs an <see cref="EchoBot"/> through the host's own CloudAdapter instance.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    public const string EchoPath = "/bench/echo";
    public const string MessagesPath = "/api/messages";

    private readonly WebApplication app;

    private BenchHost(WebApplication app, StorageCounter storage)
    {
        this.app = app;
        Storage = storage;
    }

    public StorageCounter Storage { get; }

    public IServiceProvider Services => app.Services;

    public string Url { get; private set; } = "";

    /// <param name="extraArgs">More command-line settings for the host, e.g. <c>--Tab:DevelopmentUser tenant/aadObjectId</c>.</param>
    public static async Task<BenchHost> StartAsync(string tablesConnectionString, string tablePrefix, TimeProvider clock, IReadOnlyList<string>? extraArgs = null)
    {
        var storage = new StorageCounter(tablePrefix);
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Tables", tablesConnectionString,
            "--Tables:TablePrefix", tablePrefix,
            "--Reminders:Enabled", "false",
            "--Logging:LogLevel:Default", "Error",
            .. extraArgs ?? [],
        ];
        Type? adapterType = null;
        var app = BotApplication.Create(args, services =>
        {
            services.AddSingleton(clock);
            var options = TableStorage.ClientOptions();
            options.AddPolicy(storage, HttpPipelinePosition.PerRetry);
            services.AddSingleton(new TableServiceClient(tablesConnectionString, options));
            // The host registers its CloudAdapter under its own (internal) type; the echo endpoint takes that instance.
            adapterType = services.Single(d => d.ServiceType.IsSubclassOf(typeof(CloudAdapter))).ServiceType;
        });
        var echo = new EchoBot();
        app.MapPost(EchoPath, (HttpContext http) =>
            ((CloudAdapter)http.RequestServices.GetRequiredService(adapterType!)).ProcessAsync(http.Request, http.Response, echo, http.RequestAborted));
        await app.StartAsync();
        var host = new BenchHost(app, storage);
        host.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
