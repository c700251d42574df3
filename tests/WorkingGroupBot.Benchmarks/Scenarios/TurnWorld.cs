using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Benchmarks.Infrastructure;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Benchmarks.Scenarios;

/// <summary>
/// One team per simulated user, set up the way people do it in Teams: the user adds the bot to the team (and so chairs
/// the group), asks for the plan and starts it from the template. Then the user is made responsible for
/// <see cref="ActionsPerUser"/> actions, written in the bot's row shapes by the <see cref="Seeder"/>, and the group meets
/// every second Tuesday: the minutes of its February meeting left <see cref="OpenInMinutes"/> actions open.
/// </summary>
public sealed class TurnWorld(IReadOnlyList<BenchTeam> teams)
{
    public const int ActionsPerUser = 50;
    public const int OpenInMinutes = 10;

    public static readonly DateOnly Deadline = new(2026, 4, 15);

    public IReadOnlyList<BenchTeam> Teams { get; } = teams;

    public static async Task<TurnWorld> SetUpAsync(BenchHost host, Connector connector, TeamsClient client, int users, TimeProvider clock)
    {
        var tenantId = Guid.NewGuid().ToString();
        var teams = Enumerable.Range(0, users).Select(u => BenchTeam.New(tenantId, connector.Url,
            [BenchUser.Create($"Lietotājs {u}"), BenchUser.Create($"Kolēģis {u}a"), BenchUser.Create($"Kolēģis {u}b")])).ToList();
        var plans = host.Services.GetRequiredService<IPlanStore>();
        var seeder = new Seeder(host.Services.GetRequiredService<TableStorage>(), connector.Url, clock);
        await Parallel.ForEachAsync(teams, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (team, ct) =>
        {
            connector.SetRoster(team.TeamId, team.People);
            await client.DeliverAsync(team.Install());
            await client.DeliverAsync(team.Message(team.Chair, "plan"));
            await client.DeliverAsync(team.Invoke(team.Chair, new JsonObject { ["verb"] = Verbs.StartPlanFromTemplate }));
            var key = new GroupKey(team.TenantId, team.TeamId);
            var area = (await plans.FindPlanAsync(key, ct))!.Areas[0].Id;
            var actions = Enumerable.Range(1, ActionsPerUser).Select(n => seeder.Action(n, team.Chair, Deadline.AddDays(n), area)).ToList();
            await seeder.ActionsAsync(key, actions, team.Chair, ct);
            await MeetingsAsync(host.Services, key, actions, ct);
        });
        return new TurnWorld(teams);
    }

    /// <summary>A monthly series from 10 February 2026 and that meeting's approved minutes.</summary>
    private static async Task MeetingsAsync(IServiceProvider services, GroupKey key, IReadOnlyList<ActionItem> actions, CancellationToken cancellationToken)
    {
        var series = new MeetingSeries
        {
            Id = "monthly",
            Title = "Sadarbības grupas sanāksme",
            FirstDate = new DateOnly(2026, 2, 10),
            Start = new TimeOnly(10, 0),
            DurationMinutes = 90,
            Place = "Domes zāle",
            RRule = "FREQ=MONTHLY;BYDAY=2TU",
            TimeZone = "Europe/Riga",
        };
        await services.GetRequiredService<IMeetingStore>().AddSeriesAsync(key, series, cancellationToken);
        var minutes = new Minutes
        {
            SeriesId = series.Id,
            OriginalDate = series.FirstDate,
            Title = series.Title,
            Start = new DateTimeOffset(2026, 2, 10, 8, 0, 0, TimeSpan.Zero),
            Outcomes = [.. actions.Take(OpenInMinutes).Select(a => new OutcomeLine(a.Number, a.Title, Outcome.InProgress, "Gaidām atbildi."))],
            ApprovedAt = new DateTimeOffset(2026, 2, 11, 8, 0, 0, TimeSpan.Zero),
        };
        await services.GetRequiredService<IMinutesStore>().UpdateAsync(key, series.Id, series.FirstDate, _ => minutes, cancellationToken);
    }

    /// <summary>The data of the action form as the chair fills it in and presses "Create" (each a form of its own).</summary>
    public static JsonObject CreateForm(BenchTeam team, string area, int n) => new()
    {
        ["verb"] = Verbs.CreateAction,
        ["group"] = team.TeamId,
        [CardData.Submission] = Submissions.NewId(),
        [ActionForm.Title] = $"Informatīvā kampaņa skolās {n}",
        [ActionForm.Description] = "Sagatavot materiālus un vienoties ar skolu direktoriem par nodarbībām.",
        [ActionForm.Area] = area,
        [ActionForm.Responsible] = team.Chair.AadObjectId,
        [ActionForm.Deadline] = Deadline.ToString("yyyy-MM-dd"),
    };
}
