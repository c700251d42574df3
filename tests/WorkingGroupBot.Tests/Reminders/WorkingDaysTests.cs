using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Reminders;

/// <summary>Days the Cabinet moved, from configuration, through everything that counts working days: reminders, the
/// chairs' escalation, the digest and the action form's warning.</summary>
public sealed class WorkingDaysTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private readonly LoopbackConnector connector = fixture.Connector;

    private static readonly DateOnly Today = PlanDriver.Today; // Monday 2 March 2026

    // Monday 9 March off, Saturday 14 March worked for it.
    private static readonly DateOnly DayOff = Today.AddDays(7);
    private static readonly DateOnly WorkingSaturday = Today.AddDays(12);

    private async Task<(BotHost Bot, PlanDriver Driver)> GroupAsync()
    {
        var bot = await fixture.StartHostAsync(
            null,
            "--Calendar:DaysOff:0",
            DayOff.ToString("yyyy-MM-dd"),
            "--Calendar:WorkingDays:0",
            WorkingSaturday.ToString("yyyy-MM-dd")
        );
        var driver = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await driver.SetUpAsync();
        return (bot, driver);
    }

    private IReadOnlyList<string> CardsTo(string conversation, string containing) =>
        connector.MessagesTo(conversation).Select(m => m.CardText).Where(c => c.Contains(containing)).ToList();

    [Fact]
    public async Task Reminders_the_chairs_and_the_digest_skip_a_configured_day_off_and_count_a_working_saturday()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var created = await d.CreateActionAsync(d.World.Anna, "Datu apkopojums", [d.World.Janis], Today.AddDays(4));
        // As stored before the day off was configured (and, for the chairs, when they counted calendar days): the
        // digest on Monday 9 March, the chairs told on Wednesday 11. Each moves to when it is wanted now.
        var team = new GroupKey(d.World.TenantId, d.World.TeamId);
        var table = bot.Services.GetRequiredService<TableStorage>().Reminders;
        foreach (var row in await StoredReminders.OfAsync(table, team))
        {
            if (row.Kind is nameof(ReminderKind.Digest) or nameof(ReminderKind.TellChair))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }

        await bot
            .Services.GetRequiredService<IReminderStore>()
            .PlanAsync(
                team,
                [
                    new Reminder
                    {
                        Kind = ReminderKind.Digest,
                        DueAt = At(DayOff, 8, 30),
                        TimeZone = Group.DefaultTimeZone,
                    },
                    new Reminder
                    {
                        Kind = ReminderKind.TellChair,
                        DueAt = At(Today.AddDays(9), 9, 0),
                        Action = PlanDriver.NumberOn(created.Card),
                        Person = d.World.Anna.AadObjectId,
                        Deadline = Today.AddDays(4),
                        TimeZone = Group.DefaultTimeZone,
                    },
                ],
                promise: null,
                default
            );

        var digestsBy = new Dictionary<int, int>();
        for (var day = 3; day <= 14; day++)
        {
            bot.SetRigaTime(Today.AddDays(day), 9, 30);
            await bot.SweepAsync();
            digestsBy[day] = CardsTo(d.World.ChannelId, "Kopsavilkums:").Count;
        }

        // Due Friday 6 March; every 3 working days: Tue 10, Wed 11, Thu 12 (Mon 9 off), then Fri 13, Sat 14, Mon 16.
        var toJanis = CardsTo(LoopbackConnector.OpenedChatWith(d.World.Janis), "Atgādinājums");
        Assert.Equal(4, toJanis.Count);
        Assert.Contains("**⚠ Nokavēts 6 dienas**", toJanis[2]);
        Assert.Contains("**⚠ Nokavēts 10 dienas**", toJanis[3]);
        // The fifth working day: Tue 10 … Fri 13, Sat 14.
        Assert.Contains(
            "**⚠ Nokavēts 8 dienas**",
            Assert.Single(CardsTo(LoopbackConnector.OpenedChatWith(d.World.Anna), "Ilgi nokavēts"))
        );
        // Monday's digest goes out on Tuesday 10 March, once.
        Assert.Equal((0, 1, 1), (digestsBy[7], digestsBy[8], digestsBy[13]));
    }

    [Fact]
    public async Task A_deadline_on_a_weekend_or_a_day_off_is_saved_with_a_warning()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;

        var onSaturday = await d.CreateActionAsync(d.World.Anna, "Seminārs", [d.World.Janis], Today.AddDays(5));
        var onTuesday = await d.CreateActionAsync(d.World.Anna, "Aptauja", [d.World.Janis], Today.AddDays(1));
        var onWorkingSaturday = await d.CreateActionAsync(d.World.Anna, "Bukleti", [d.World.Janis], WorkingSaturday);
        var form = await d.PressAsync(d.World.Anna, onTuesday.Card, Verbs.EditAction);
        var area = CardPress.ChoicesOf(form.Card, ActionForm.Area).Keys.First();
        var movedToDayOff = await d.PressAsync(
            d.World.Anna,
            form.Card,
            Verbs.SaveAction,
            null,
            (ActionForm.Title, "Aptauja"),
            (ActionForm.Area, area),
            (ActionForm.Responsible, d.World.Janis.AadObjectId),
            (ActionForm.Deadline, DayOff.ToString("yyyy-MM-dd"))
        );
        form = await d.PressAsync(d.World.Anna, movedToDayOff.Card, Verbs.EditAction);
        var renamed = await d.PressAsync(
            d.World.Anna,
            form.Card,
            Verbs.SaveAction,
            null,
            (ActionForm.Title, "Aptauja vecākiem"),
            (ActionForm.Area, area),
            (ActionForm.Responsible, d.World.Janis.AadObjectId),
            (ActionForm.Deadline, DayOff.ToString("yyyy-MM-dd"))
        );

        Assert.Contains("Uzdevums pievienots plānam.", onSaturday.CardText);
        Assert.Contains("Termiņš nav darba dienā: sestd., 07.03.2026.", onSaturday.CardText);
        Assert.DoesNotContain("Termiņš nav darba dienā", onTuesday.CardText);
        Assert.DoesNotContain("Termiņš nav darba dienā", onWorkingSaturday.CardText);
        Assert.Contains("Termiņš nav darba dienā: pirmd., 09.03.2026.", movedToDayOff.CardText);
        Assert.DoesNotContain("Termiņš nav darba dienā", renamed.CardText);
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute) =>
        LocalTime.At(date, new TimeOnly(hour, minute), GroupClock.Zone(Group.DefaultTimeZone));
}
