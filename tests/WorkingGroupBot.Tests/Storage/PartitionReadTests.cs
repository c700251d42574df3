using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Testing;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Storage;

/// <summary>
/// What a turn reads of its group, asked as one query of the group's Plans partition, against Azurite behind a proxy
/// that counts the requests: the same plan, members, actions, log and settings as the reads one by one.
/// </summary>
public sealed class PartitionReadTests : IAsyncLifetime
{
    private static readonly GroupKey Group = new("tenant-1", "19:team@thread.tacv2");
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private FlakyTableProxy proxy = null!;
    private TablePlanStore plans = null!;
    private TableMemberStore members = null!;
    private TableGroupSettingsStore settings = null!;

    public async Task InitializeAsync()
    {
        proxy = await FlakyTableProxy.StartAsync(DevStorage.EndpointOf(Azurite.Shared.ConnectionString));
        var options = Options.Create(new StorageOptions { TablePrefix = ReminderFixture.NewTablePrefix() });
        var storage = new TableStorage(new TableServiceClient(proxy.ConnectionString, TableStorage.ClientOptions()), options);
        await storage.CreateTablesAsync(default);
        (plans, members, settings) = (new(storage), new(storage), new(storage));
    }

    [Fact]
    public async Task A_turn_reads_its_group_in_one_request_and_sees_what_the_separate_reads_see()
    {
        await SeedAsync();

        var before = proxy.Requests.Count;
        var one = await plans.ReadAsync(Group, new PlanReads(Action: 2), default);
        var all = await plans.ReadAsync(Group, new PlanReads(AllActions: true), default);

        Assert.Equal(2, proxy.Requests.Count - before);
        Assert.Equivalent(await plans.FindPlanAsync(Group, default), one.Plan, strict: true);
        Assert.Equivalent(await members.ListAsync(Group, default), one.Members, strict: true);
        Assert.Equal(2, one.Members.Count(m => m.InRoster));
        Assert.Single(one.Members, m => m is { InRoster: false, Name: "Pēteris" });
        Assert.Equivalent(await plans.FindActionAsync(Group, 2, default), one.Action, strict: true);
        Assert.Equal(2, one.Action!.Revision);
        Assert.Equivalent(await plans.ReadLogAsync(Group, 2, default), one.Log, strict: true);
        Assert.Equal([LogKind.Created, LogKind.Note], one.Log.Select(l => l.Kind));
        Assert.Empty(one.Actions);
        Assert.Equal([3, 1], one.Settings.Policy.DaysBefore);
        Assert.Equivalent(await plans.ListActionsAsync(Group, default), all.Actions, strict: true);
        Assert.Equal(2, all.Actions.Count);
        Assert.Null(all.Action);
        Assert.Empty(all.Log);
    }

    [Fact]
    public async Task A_group_without_a_plan_or_the_action_asked_for_reads_as_such()
    {
        await members.EnsureChairAsync(Group, Person("a", "Anna"), "g1", default);

        var read = await plans.ReadAsync(Group, new PlanReads(Action: 7), default);

        Assert.Null(read.Plan);
        Assert.Null(read.Action);
        Assert.Empty(read.Log);
        Assert.Equal(ReminderPolicy.Default.DaysBefore, read.Settings.Policy.DaysBefore);
        Assert.Equal("Anna", Assert.Single(read.Members).Name);
    }

    private async Task SeedAsync()
    {
        await plans.StartPlanAsync(Group, [new Area { Id = "b", Name = "Otrā", Order = 1 }, new Area { Id = "a", Name = "Pirmā", Order = 0 }], default);
        await members.EnsureChairAsync(Group, Person("a", "Anna"), "g1", default);
        await members.RecordRosterPageAsync(Group, [Person("a", "Anna"), Person("j", "Jānis"), Person("p", "Pēteris")], "g1", default);
        await members.RecordRosterPageAsync(Group, [Person("a", "Anna"), Person("j", "Jānis")], "g2", default);
        await members.MarkNotSyncedLeftAsync(Group, "g2", default);
        await settings.SavePolicyAsync(Group, ReminderPolicy.Default with { DaysBefore = [3, 1] }, default);
        foreach (var number in new[] { 1, 2 })
        {
            await plans.AddActionAsync(Group, Action(number), Log(LogKind.Created), submission: null, default);
        }

        await plans.ChangeActionAsync(Group, Action(2) with { Revision = 2 }, Log(LogKind.Note) with { Note = "Zvanīju" }, null, default);
    }

    private static TeamsIdentity Person(string id, string name) => new() { AadObjectId = id, TeamsUserId = "29:" + id, Name = name };

    private static ActionItem Action(int number) => new()
    {
        Number = number,
        Title = $"Uzdevums {number}",
        AreaId = "a",
        Responsible = ["j"],
        Deadline = new DateOnly(2026, 12, 20),
        CreatedBy = "a",
        CreatedAt = At,
        Revision = 1,
    };

    private static LogEntry Log(LogKind kind) => new() { Kind = kind, AuthorId = "a", AuthorName = "Anna", At = At };

    public async Task DisposeAsync() => await proxy.DisposeAsync();
}
