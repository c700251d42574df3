using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Hosting;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>The real bot host (Kestrel, CloudAdapter, Azurite tables) on a loopback port, with a clock the test moves.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, TestClock clock)
    {
        this.app = app;
        Clock = clock;
    }

    public TestClock Clock { get; }

    /// <summary>Sets the host's clock to a time of day in Riga (winter or summer time as it falls on that date).</summary>
    public void SetRigaTime(DateOnly date, int hour, int minute = 0) =>
        Clock.SetUtcNow(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(hour, minute)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga")));

    /// <summary>Waits for the bot's answer to "Expect: 100-continue" as long as for any answer (see <see cref="PostAsync"/>).</summary>
    public HttpClient Http { get; } = new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { Timeout = TimeSpan.FromSeconds(60) };

    public string Url { get; private set; } = "";

    public IServiceProvider Services => app.Services;

    /// <param name="settings">Extra configuration, e.g. MicrosoftAppId for the authentication tests.</param>
    public static Task<BotHost> StartAsync(string tablesConnectionString, params string[] settings) =>
        StartAsync(tablesConnectionString, _ => { }, settings);

    /// <param name="services">Changes to the bot's services, e.g. telemetry exporters a test reads.</param>
    public static async Task<BotHost> StartAsync(string tablesConnectionString, Action<IServiceCollection> services, params string[] settings)
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Tables", tablesConnectionString,
            "--Logging:LogLevel:Default", "Warning",
            .. settings,
        ];
        var app = BotApplication.Create(args, registered =>
        {
            registered.AddSingleton<TimeProvider>(clock);
            services(registered);
        });
        await app.StartAsync();
        var host = new BotHost(app, clock);
        host.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return host;
    }

    /// <summary>Posts the activity; fails the test if the bot sent an invalid Adaptive Card to its connector meanwhile.</summary>
    public async Task<HttpResponseMessage> SendAsync(JsonObject activity, string? bearerToken = null)
    {
        var response = await PostRawAsync(activity.ToJsonString(), bearerToken);
        SentCards.ThrowIfInvalid(activity["serviceUrl"]?.GetValue<string>());
        return response;
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? bearerToken = null) =>
        PostAsync(Encoding.UTF8.GetBytes(body), bearerToken);

    /// <summary>
    /// Posts a body to /api/messages as an HTTP client would. A body over the bot's limit is announced with
    /// "Expect: 100-continue", as curl does: the bot answers 413 before it is sent. Without it the bot's 413 and the end of
    /// the connection can reach the client while it is still writing, and it sees a broken pipe instead of the answer.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url + "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.ExpectContinue = body.Length > BotApplication.MaxRequestBytes;
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Sends an activity Teams would send and fails the test unless the bot took it (2xx).</summary>
    public async Task<HttpResponseMessage> DeliverAsync(JsonObject activity)
    {
        var response = await SendAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>Sends an adaptiveCard/action invoke and returns what Teams would show: the card that replaces the pressed one, or the text.</summary>
    public async Task<InvokeAnswer> InvokeAsync(JsonObject invoke)
    {
        var response = await DeliverAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if (body["type"]?.GetValue<string>() == AdaptiveCard.ContentType && body["value"] is JsonObject card)
        {
            SentCards.AssertValid(card, $"answer to the button '{invoke["value"]?["action"]?["verb"]}'");
        }

        return new InvokeAnswer(body["statusCode"]!.GetValue<int>(), body["type"]?.GetValue<string>(), body["value"]);
    }

    /// <summary>Sends an application/search invoke and returns the choices Teams would offer (title → value), in order.</summary>
    public async Task<IReadOnlyList<(string Title, string Value)>> SearchAsync(JsonObject invoke)
    {
        var response = await DeliverAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("application/vnd.microsoft.search.searchResponse", body["type"]?.GetValue<string>());
        return body["value"]!["results"]!.AsArray()
            .Select(r => (r!["title"]!.GetValue<string>(), r["value"]!.GetValue<string>()))
            .ToList();
    }

    /// <summary>
    /// Runs one reminder sweep now. While a timer waits on the test clock (a retry delay), the clock moves on in small
    /// steps, so the delay passes as it would in real time; otherwise it stands still, and the sweep sees the time the
    /// test set however long it takes.
    /// </summary>
    public async Task<SweepResult> SweepAsync()
    {
        var sweep = Services.GetRequiredService<ReminderDispatcher>().SweepAsync(CancellationToken.None);
        while (await Task.WhenAny(sweep, Task.Delay(10)) != sweep)
        {
            if (Clock.Waiting > 0)
            {
                Clock.Advance(TimeSpan.FromMilliseconds(250));
            }
        }

        return await sweep;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
