using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace WorkingGroupBot.Storage;

/// <summary>Times each request to table storage (each try of it), for <see cref="Telemetry.StorageDuration"/>.</summary>
internal sealed class StorageTiming : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            Record(message, start);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            Record(message, start);
        }
    }

    private static void Record(HttpMessage message, long start) =>
        Telemetry.StorageDuration.Record(
            Stopwatch.GetElapsedTime(start).TotalMilliseconds,
            new KeyValuePair<string, object?>("method", message.Request.Method.Method),
            new KeyValuePair<string, object?>("status", message.HasResponse ? message.Response.Status : 0)
        );
}
