namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// A test too slow for every run (tens of seconds of waiting, by design): skipped unless WGB_SLOW_TESTS=1, which
/// scripts/chaos.sh sets.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    public const string Variable = "WGB_SLOW_TESTS";

    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"slow; runs with {Variable}=1 (scripts/chaos.sh)";
        }
    }
}
