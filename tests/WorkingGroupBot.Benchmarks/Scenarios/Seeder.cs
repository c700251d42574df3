using Azure.Data.Tables;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// Writes whole groups, or a group's actions, straight into the bot's tables with batched transactions, in the bot's own
/// row shapes (the Storage/*Entity classes): the group, its members, the plan with one area, its actions with their
/// first log line, and the head reminder of each action's chain as the bot's own schedule computes it. Actions due
/// today have their 09:00 reminder due now; the others are due weeks ahead. (Through the bot's own AddActionAsync,
/// one transaction per action, 100,000 actions would take far longer than the benchmark may.)
/// </summary>
public sealed class Seeder(TableStorage tables, string serviceUrl, TimeProvider clock)
{
    private const int MaxBatch = 100;
    private const string TimeZone = Group.DefaultTimeZone;
    private const string AreaId = "area0";

    /// <param name="due">The first this many actions are due today; they go to the members in turn.</param>
    /// <param name="personalChats">Store a 1:1 chat for the members with an action due, as the bot does once it has one.</param>
    public async Task<BenchTeam> GroupAsync(string tenantId, string groupId, int members, int actions, int due, bool personalChats, CancellationToken cancellationToken)
    {
        var key = new GroupKey(tenantId, groupId);
        var now = clock.GetUtcNow();
        var today = clock.Today(TimeZone);
        var people = Enumerable.Range(0, members).Select(m => Person(groupId, m)).ToList();
        await tables.Groups.UpsertEntityAsync(GroupEntity.From(GroupOf(key)), TableUpdateMode.Replace, cancellationToken);
        await SubmitAsync(tables.Plans, people.Select((p, i) => MemberEntity.Joining(key, Identity(p), i == 0 ? MemberRole.Chair : MemberRole.Member)), cancellationToken);

        var items = Enumerable.Range(1, actions).Select(n => Action(n, people[(n - 1) % members], n <= due ? today : today.AddDays(10 + n % 300))).ToList();
        await tables.Plans.UpsertEntityAsync(AreaEntity.From(key, new Area { Id = AreaId, Name = "Vardarbības prevencija", Order = 0 }), TableUpdateMode.Replace, cancellationToken);
        await ActionsAsync(key, items, people[0], cancellationToken);

        var heads = items.Select((a, i) => ReminderSchedule.Head(
            ReminderSchedule.ForMember(a, a.Responsible[0], ReminderPolicy.Default, LatvianCalendar.WithoutTransfers, TimeZone), now, catchUp: i < due)!);
        await SubmitAsync(tables.Reminders, heads.Select(r => ReminderEntity.From(key, r)), cancellationToken);

        if (personalChats)
        {
            foreach (var person in people.Take(Math.Min(due, members)))
            {
                await tables.People.UpsertEntityAsync(Profile(tenantId, person), TableUpdateMode.Replace, cancellationToken);
            }
        }

        return new BenchTeam(tenantId, groupId, serviceUrl, people);
    }

    /// <summary>Stores actions (numbered from 1) with their first log line, and the plan row that counts them.</summary>
    public Task ActionsAsync(GroupKey key, IReadOnlyList<ActionItem> items, BenchUser author, CancellationToken cancellationToken)
    {
        var log = new LogEntry { Kind = LogKind.Created, AuthorId = author.AadObjectId, AuthorName = author.Name, At = clock.GetUtcNow() };
        return SubmitAsync(tables.Plans,
            [
                new PlanEntity { PartitionKey = PlanRows.PartitionOf(key), RowKey = PlanRows.Plan, NextNumber = items.Count + 1 },
                .. items.SelectMany<ActionItem, ITableEntity>(a => [ActionEntity.From(key, a), LogEntity.From(key, a.Number, 1, log)]),
            ],
            cancellationToken);
    }

    /// <summary>Rows of one partition in transactions of at most 100.</summary>
    private static async Task SubmitAsync(TableClient table, IEnumerable<ITableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }
    }

    private Group GroupOf(GroupKey key) => new()
    {
        Key = key,
        Name = "Sadarbības grupa " + key.GroupId[3..9],
        Kind = GroupKind.Team,
        Channel = new ConversationAddress { ServiceUrl = serviceUrl, ConversationId = key.GroupId, TenantId = key.TenantId, BotId = BenchTeam.BotId, BotName = BenchTeam.BotName },
        Active = true,
        CreatedAt = clock.GetUtcNow(),
    };

    public ActionItem Action(int number, BenchUser responsible, DateOnly deadline, string areaId = AreaId) => new()
    {
        Number = number,
        Title = $"Preventīvais pasākums {number}",
        Description = "Vienoties par atbildīgajiem un sagatavot pārskatu sadarbības grupai.",
        AreaId = areaId,
        Responsible = [responsible.AadObjectId],
        Deadline = deadline,
        CreatedBy = responsible.AadObjectId,
        CreatedAt = clock.GetUtcNow(),
        Revision = 1,
    };

    private PersonEntity Profile(string tenantId, BenchUser person) => new()
    {
        PartitionKey = PersonEntity.PartitionOf(tenantId, person.AadObjectId),
        RowKey = PersonEntity.ProfileRow,
        TeamsUserId = person.Id,
        Name = person.Name,
        TimeZone = TimeZone,
        ServiceUrl = serviceUrl,
        ConversationId = "a:1on1-" + person.Id,
        BotId = BenchTeam.BotId,
        BotName = BenchTeam.BotName,
    };

    private static BenchUser Person(string groupId, int index)
    {
        var aad = Guid.NewGuid().ToString();
        return new BenchUser("29:" + aad.Replace("-", ""), aad, $"Dalībnieks {index} ({groupId[3..9]})");
    }

    private static TeamsIdentity Identity(BenchUser user) => new() { AadObjectId = user.AadObjectId, TeamsUserId = user.Id, Name = user.Name };
}
