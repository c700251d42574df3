using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Deployment;

/// <summary>Nothing else runs beside these tests: the bot's instruments are static, and these read all of them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}

/// <summary>
/// What an operator sees of the bot: a span per turn and per proactive send, and the metrics of turns, refusals,
/// storage, reminders, the sweep, throttling and the send limiter — read here with OpenTelemetry's in-memory exporter.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> spans = [];
    private readonly List<Metric> metrics = [];
    private LoopbackConnector connector = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString, services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        }, "--Tables:TablePrefix", ReminderFixture.NewTablePrefix(), "--Reminders:Enabled", "false");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private void Flush()
    {
        bot.Services.GetRequiredService<TracerProvider>().ForceFlush();
        metrics.Clear();
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    /// <summary>The sum of a counter's points whose tag has the value (any value when none is given).</summary>
    private long Sum(string name, string? tag = null, string? value = null)
    {
        long sum = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var pair in point.Tags)
                {
                    tags[pair.Key] = pair.Value;
                }

                if (tag is null || Equals(tags.GetValueOrDefault(tag)?.ToString(), value))
                {
                    sum += point.GetSumLong();
                }
            }
        }

        return sum;
    }

    private long Recorded(string histogram)
    {
        long count = 0;
        foreach (var metric in metrics.Where(m => m.Name == histogram))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                count += point.GetHistogramCount();
            }
        }

        return count;
    }

    [Fact]
    public async Task A_turn_a_refusal_a_reminder_sent_a_throttled_send_and_a_sweep_are_seen()
    {
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        await d.AskInChannelAsync(d.World.Janis, "plāns");
        await bot.DeliverAsync(d.World.ChannelMessage(d.World.Janis, "jauns uzdevums")); // chairs only
        await d.CreateActionAsync(d.World.Anna, "Ziņojums domei", [d.World.Janis], PlanDriver.Today);
        await d.CreateActionAsync(d.World.Anna, "Bukleti", [d.World.Liga], PlanDriver.Today);
        connector.FailNextSends(2, 429, retryAfterSeconds: 0); // Teams throttles twice; the bot waits and retries
        connector.Refuse(d.World.Liga, 500); // Līga's reminder fails

        await bot.SweepAsync();
        Flush();

        var turn = spans.Last(s => s.DisplayName == "turn" && (string?)s.GetTagItem("wgb.verb") == Verbs.Plan);
        Assert.Equal(("Channel", "card"), ((string?)turn.GetTagItem("wgb.scope"), (string?)turn.GetTagItem("wgb.outcome")));
        Assert.Equal("POST /api/messages", turn.Parent?.DisplayName); // under the request that carried it
        Assert.All(spans, s => Assert.DoesNotContain(s.TagObjects, t => t.Value is string v && (v.Contains("Jānis") || v.Contains("Ziņojums"))));
        Assert.Contains(spans, s => s.DisplayName == "send" && (string?)s.GetTagItem("wgb.outcome") == "Sent");
        Assert.Contains(spans, s => s.DisplayName == "send" && (string?)s.GetTagItem("wgb.outcome") == "Failed" && s.Status == ActivityStatusCode.Error);

        Assert.True(Sum("wgb.turns", "outcome", "card") >= 3);
        Assert.Equal(1, Sum("wgb.refusals", "reason", "RefusedChairsOnly"));
        Assert.Equal(2, Sum("wgb.reminders", "outcome", "due"));
        Assert.Equal(1, Sum("wgb.reminders", "outcome", "Sent"));
        Assert.Equal(1, Sum("wgb.reminders", "outcome", "Failed"));
        Assert.Equal(2, Sum("wgb.connector.throttled"));
        Assert.Equal(2, Recorded("wgb.connector.retry_wait"));
        Assert.True(Recorded("wgb.sweep.lag") >= 1);
        Assert.True(Recorded("wgb.storage.duration") > 10);
        Assert.True(Recorded("wgb.send_limiter.wait") >= 2);
    }
}
