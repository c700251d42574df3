namespace WorkingGroupBot.Tests.Chaos;

public static class ChaosSettings
{
    /// <summary>
    /// Host settings that keep the test output readable: under faults the bot logs every failed turn with its stack
    /// trace by design, thousands of times in a run. The tests assert on what people and Teams get instead.
    /// </summary>
    public static string[] Quiet(params string[] settings) => ["--Logging:LogLevel:Default", "None", "--Logging:LogLevel:Microsoft.AspNetCore", "None", .. settings];
}
