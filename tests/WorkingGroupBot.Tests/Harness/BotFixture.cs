namespace WorkingGroupBot.Tests.Harness;

/// <summary>One loopback connector and one bot host on the shared Azurite, for a collection of end-to-end tests.</summary>
public sealed class BotFixture : IAsyncLifetime
{
    public LoopbackConnector Connector { get; private set; } = null!;
    public BotHost Bot { get; private set; } = null!;

    public TeamsWorld NewWorld(int people = 3) => new(Connector, people);

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        // Sweeps run when a test asks (BotHost.SweepAsync), never on their own in the middle of another test.
        Bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString, "--Reminders:Enabled", "false");
    }

    public async Task DisposeAsync()
    {
        // Either may be missing when start-up failed; the start-up error is the one worth reporting.
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        if (Connector is not null)
        {
            await Connector.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BotCollection : ICollectionFixture<BotFixture>
{
    public const string Name = "bot";
}
