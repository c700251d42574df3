using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;

namespace WorkingGroupBot.Tests.Members;

/// <summary>
/// Large teams: the install turn answers at once and the roster sync goes on in the background, claimed with a lease,
/// resumable from its last page and idempotent. Each test has tables and a clock of its own.
/// </summary>
public sealed class RosterSyncTests(ReminderFixture fixture, ITestOutputHelper output) : IClassFixture<ReminderFixture>
{
    private LoopbackConnector Connector => fixture.Connector;

    [Fact]
    public async Task Installing_in_a_team_of_3000_answers_within_seconds_and_the_background_sync_gives_everyone_their_rows()
    {
        await using var bot = await fixture.StartHostAsync();
        var world = LargeTeam(3000);

        var turn = Stopwatch.StartNew();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        turn.Stop();
        var sync = Stopwatch.StartNew();
        while (await SyncAsync(bot) > 0)
        {
        }

        output.WriteLine($"install turn {turn.Elapsed.TotalSeconds:F2} s; background sync of the rest {sync.Elapsed.TotalSeconds:F2} s");
        Assert.InRange(turn.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Single(Connector.MessagesTo(world.ChannelId));
        await AssertEveryoneHasTheirRowsAsync(bot, world, 3000);
    }

    [Fact]
    public async Task A_sync_cut_mid_roster_is_resumed_by_another_instance_after_the_lease_without_duplicates()
    {
        var prefix = ReminderFixture.NewTablePrefix();
        await using var first = await fixture.StartHostAsync(prefix);
        await using var second = await fixture.StartHostAsync(prefix);
        var world = LargeTeam(1500);
        Connector.CutRosterAfter(1);

        await first.DeliverAsync(world.TeamInstall(by: world.Anna));
        await SyncAsync(first);
        Connector.HealRoster();

        Assert.Contains("Sveiki", Assert.Single(Connector.MessagesTo(world.ChannelId)).CardText);
        Assert.InRange(await CountAsync(first, world, RosterRows.Members), 1, 1499);
        // The failed run keeps its lease: nobody else takes the sync until it runs out.
        Assert.Equal(0, await SyncAsync(second));

        second.Clock.Advance(RosterSync.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await SyncAsync(second));

        await AssertEveryoneHasTheirRowsAsync(second, world, 1500);
        Assert.Equal(0, await SyncAsync(second));
    }

    [Fact]
    public async Task What_the_install_turn_leaves_unsynced_goes_on_in_the_background_at_once_not_at_the_next_sweep()
    {
        // The background runs, but its sweep is an hour away on a clock that stands still: only the turn's hand-over starts it.
        await using var bot = await BotHost.StartAsync(
            Azurite.Shared.ConnectionString, "--Tables:TablePrefix", ReminderFixture.NewTablePrefix(), "--Reminders:SweepInterval", "01:00:00");
        var world = LargeTeam(3000);

        var watch = Stopwatch.StartNew();
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var turn = watch.Elapsed;

        while (await CountAsync(bot, world, RosterRows.Members) < 3000 && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(500);
        }

        output.WriteLine($"install turn {turn.TotalSeconds:F2} s; every member's row {watch.Elapsed.TotalSeconds:F2} s after the install");
        await AssertEveryoneHasTheirRowsAsync(bot, world, 3000);
    }

    [Fact]
    public async Task A_join_while_a_sync_is_about_to_mark_who_left_loses_nobody()
    {
        await using var bot = await fixture.StartHostAsync();
        var world = new TeamsWorld(Connector);
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var beforeLeft = new PausingMembers(bot.Services.GetRequiredService<IMemberStore>());
        var stalled = new RosterSync(
            bot.Services.GetRequiredService<IRosterSyncStore>(), bot.Services.GetRequiredService<IRosterSource>(), bot.Services.GetRequiredService<IGroupStore>(),
            beforeLeft, bot.Services.GetRequiredService<IPersonStore>(), bot.Services.GetRequiredService<ILeaveNotices>(), bot.Services.GetRequiredService<IRosterUpdates>(), bot.Clock, NullLogger<RosterSync>.Instance);

        // One sync has written the whole roster and stops just before its last step; someone joins meanwhile.
        var first = stalled.RequestAsync(new(world.TenantId, world.TeamId), default);
        await beforeLeft.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var ilze = world.Join("Ilze Kļaviņa");
        await bot.DeliverAsync(world.TeamMembersAdded(world.Anna, ilze));
        beforeLeft.Go.SetResult();
        await first;
        while (await SyncAsync(bot) > 0)
        {
        }

        await AssertEveryoneHasTheirRowsAsync(bot, world, world.People.Count + 1);
    }

    [Fact]
    public async Task A_sync_that_read_a_page_after_its_lease_ran_out_does_not_bring_back_who_left()
    {
        await using var bot = await fixture.StartHostAsync();
        var world = new TeamsWorld(Connector);
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        var afterRead = new PausingRoster(bot.Services.GetRequiredService<IRosterSource>());
        var stalled = new RosterSync(
            bot.Services.GetRequiredService<IRosterSyncStore>(), afterRead, bot.Services.GetRequiredService<IGroupStore>(),
            bot.Services.GetRequiredService<IMemberStore>(), bot.Services.GetRequiredService<IPersonStore>(), bot.Services.GetRequiredService<ILeaveNotices>(), bot.Services.GetRequiredService<IRosterUpdates>(), bot.Clock, NullLogger<RosterSync>.Instance);

        // A sync read the roster with Līga in it, then hung past its lease; Līga leaves and the next sync runs meanwhile.
        var first = stalled.RequestAsync(new(world.TenantId, world.TeamId), default);
        await afterRead.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        bot.Clock.Advance(RosterSync.Lease + TimeSpan.FromSeconds(1));
        world.Leave(world.Liga);
        await bot.DeliverAsync(world.TeamMembersRemoved(world.Anna, world.Liga));
        while (await SyncAsync(bot) > 0)
        {
        }

        afterRead.Go.SetResult();
        await first;

        Assert.False((await bot.Services.GetRequiredService<IMemberStore>().FindAsync(new(world.TenantId, world.TeamId), world.Liga.AadObjectId, default))!.InRoster);
        Assert.DoesNotContain(world.TeamId, (await bot.Services.GetRequiredService<IPersonStore>().FindAsync(world.TenantId, world.Liga.AadObjectId, default))!.GroupIds);
    }

    [Fact]
    public async Task A_join_during_a_large_teams_sync_keeps_its_progress_and_syncs_once_more_after_it()
    {
        await using var bot = await fixture.StartHostAsync();
        var world = new TeamsWorld(Connector);
        var roster = LargeTeamRoster(world, 1500);
        Connector.SetRoster(world.TeamId, roster);
        Connector.CutRosterAfter(1);
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
        Connector.HealRoster();
        var generation = (await StoredJobAsync(bot, world)).Generation;

        var ilze = TestUser.Create("Ilze Kļaviņa");
        Connector.SetRoster(world.TeamId, [.. roster, ilze]);
        await bot.DeliverAsync(world.TeamMembersAdded(world.Anna, ilze));

        var job = await StoredJobAsync(bot, world);
        Assert.Equal(generation, job.Generation);
        Assert.NotNull(job.Continuation);
        bot.Clock.Advance(RosterSync.Lease + TimeSpan.FromSeconds(1));
        while (await SyncAsync(bot) > 0)
        {
        }

        await AssertEveryoneHasTheirRowsAsync(bot, world, 1501);
    }

    [Fact]
    public async Task A_sync_that_keeps_failing_is_given_up_after_a_few_runs()
    {
        await using var bot = await fixture.StartHostAsync();
        var world = LargeTeam(300);
        Connector.CutRosterAfter(0);
        try
        {
            await bot.DeliverAsync(world.TeamInstall(by: world.Anna));
            var runs = 0;
            for (; runs < 10; runs++)
            {
                bot.Clock.Advance(RosterSync.Lease + TimeSpan.FromSeconds(1));
                if (await SyncAsync(bot) == 0)
                {
                    break;
                }
            }

            Assert.Equal(RosterSync.GiveUpAfter, runs);
        }
        finally
        {
            Connector.HealRoster();
        }
    }

    private TeamsWorld LargeTeam(int size)
    {
        var world = new TeamsWorld(Connector);
        Connector.SetRoster(world.TeamId, LargeTeamRoster(world, size));
        return world;
    }

    private static List<TestUser> LargeTeamRoster(TeamsWorld world, int size) =>
        [.. world.People, .. Enumerable.Range(world.People.Count, size - world.People.Count).Select(i => TestUser.Create($"Dalībnieks {i}"))];

    private static async Task<RosterSyncEntity> StoredJobAsync(BotHost bot, TeamsWorld world) =>
        (await bot.Services.GetRequiredService<TableStorage>().RosterSyncs.GetEntityAsync<RosterSyncEntity>(
            RosterSyncEntity.Partition, RosterSyncEntity.RowOf(new(world.TenantId, world.TeamId)))).Value;

    private static Task<int> SyncAsync(BotHost bot) => bot.Services.GetRequiredService<RosterSync>().RunDueAsync(default);

    private static async Task AssertEveryoneHasTheirRowsAsync(BotHost bot, TeamsWorld world, int size)
    {
        Assert.Equal(size, await CountAsync(bot, world, RosterRows.Members));
        Assert.Equal(size, await CountAsync(bot, world, RosterRows.People));
        var chair = await bot.Services.GetRequiredService<IMemberStore>().FindAsync(new(world.TenantId, world.TeamId), world.Anna.AadObjectId, default);
        Assert.True(chair!.IsChair);
    }

    private enum RosterRows
    {
        Members,
        People,
    }

    /// <summary>Rows in the roster, counted in storage: keys are unique, so a count of the roster's size means none twice and none missing.</summary>
    private static async Task<int> CountAsync(BotHost bot, TeamsWorld world, RosterRows rows)
    {
        var tables = bot.Services.GetRequiredService<TableStorage>();
        var (table, filter) = rows == RosterRows.Members
            ? (tables.Plans, PlanRows.RangeFilter(MemberEntity.PartitionOf(new(world.TenantId, world.TeamId)), PlanRows.MemberPrefix) + " and InRoster eq true")
            : (tables.People, TableClient.CreateQueryFilter($"RowKey eq {PersonEntity.GroupRowOf(world.TeamId)} and InRoster eq true"));
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Holds a sync just before it marks who left, until the test lets it go on.</summary>
    private sealed class PausingMembers(IMemberStore inner) : IMemberStore
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Go { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<string>> MarkNotSyncedLeftAsync(GroupKey group, string generation, CancellationToken cancellationToken)
        {
            Reached.TrySetResult();
            await Go.Task;
            return await inner.MarkNotSyncedLeftAsync(group, generation, cancellationToken);
        }

        public Task<Member?> FindAsync(GroupKey group, string aadObjectId, CancellationToken cancellationToken) => inner.FindAsync(group, aadObjectId, cancellationToken);
        public Task<IReadOnlyList<Member>> ListAsync(GroupKey group, CancellationToken cancellationToken) => inner.ListAsync(group, cancellationToken);
        public Task RecordRosterPageAsync(GroupKey group, IReadOnlyList<TeamsIdentity> page, string generation, CancellationToken cancellationToken) =>
            inner.RecordRosterPageAsync(group, page, generation, cancellationToken);
        public Task<Member> EnsureChairAsync(GroupKey group, TeamsIdentity installer, string generation, CancellationToken cancellationToken) =>
            inner.EnsureChairAsync(group, installer, generation, cancellationToken);
        public Task<IReadOnlyList<string>> FindGroupIdsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
            inner.FindGroupIdsAsync(tenantId, aadObjectId, cancellationToken);
        public Task<bool> SetRoleAsync(GroupKey group, string aadObjectId, MemberRole role, CancellationToken cancellationToken) =>
            inner.SetRoleAsync(group, aadObjectId, role, cancellationToken);
        public Task<bool> SetAwayAsync(GroupKey group, string aadObjectId, Absence? away, CancellationToken cancellationToken) =>
            inner.SetAwayAsync(group, aadObjectId, away, cancellationToken);

        public Task SetUnreachableAsync(GroupKey group, string aadObjectId, bool unreachable, CancellationToken cancellationToken) =>
            inner.SetUnreachableAsync(group, aadObjectId, unreachable, cancellationToken);
    }

    /// <summary>Holds a sync just after it read its first page, until the test lets it go on.</summary>
    private sealed class PausingRoster(IRosterSource inner) : IRosterSource
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Go { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<RosterPage> ReadPageAsync(Group group, string? continuation, CancellationToken cancellationToken)
        {
            var page = await inner.ReadPageAsync(group, continuation, cancellationToken);
            Reached.TrySetResult();
            await Go.Task;
            return page;
        }
    }
}
