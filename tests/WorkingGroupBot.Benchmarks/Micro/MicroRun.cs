using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace WorkingGroupBot.Benchmarks.Micro;

/// <summary>Runs <see cref="CardBenchmarks"/> in this process with a short job (seconds, not BenchmarkDotNet's minutes).</summary>
public static class MicroRun
{
    public static IReadOnlyList<MicroResult> Run(string artifacts)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(150));
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<CardBenchmarks>(config);
        return summary.Reports.Select(r => new MicroResult(
            r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
            (r.ResultStatistics?.Mean ?? double.NaN) / 1000,
            r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) / 1024.0 ?? double.NaN)).ToList();
    }
}

/// <param name="Microseconds">Mean time per operation.</param>
public sealed record MicroResult(string Name, double Microseconds, double AllocatedKb);
