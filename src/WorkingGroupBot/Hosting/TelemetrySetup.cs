using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WorkingGroupBot.Hosting;

/// <summary>
/// Exports the bot's traces and metrics (<see cref="Telemetry"/>): to Application Insights when
/// APPLICATIONINSIGHTS_CONNECTION_STRING is set (as infra/main.bicep sets it), else to an OpenTelemetry collector when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise they are collected for no one.
/// </summary>
internal static class TelemetrySetup
{
    public static void AddWorkingGroupTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder
            .Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(Telemetry.Name))
            .WithTracing(tracing => tracing.AddSource(Telemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(Telemetry.Name));
        if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            // With the requests' and outgoing calls' spans, so a turn's span has its request as parent.
            telemetry.UseAzureMonitor();
            return;
        }

        telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation());
        if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }
}
