namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// For tests that move the clock: each host gets tables of its own (by prefix) and a clock of its own, and its
/// background sweep is off, so the test sweeps when it chooses. Hosts given the same prefix share their data, like
/// several bot instances on one storage account.
/// </summary>
public sealed class ReminderFixture : IAsyncLifetime
{
    public LoopbackConnector Connector { get; private set; } = null!;

    public static string NewTablePrefix() => "r" + Guid.NewGuid().ToString("N")[..12];

    /// <param name="settings">Extra configuration, e.g. a short Reminders:Lease.</param>
    public Task<BotHost> StartHostAsync(string? tablePrefix = null, params string[] settings) =>
        BotHost.StartAsync(Azurite.Shared.ConnectionString, ["--Tables:TablePrefix", tablePrefix ?? NewTablePrefix(), "--Reminders:Enabled", "false", .. settings]);

    public async Task InitializeAsync() => Connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (Connector is not null)
        {
            await Connector.DisposeAsync();
        }
    }
}
