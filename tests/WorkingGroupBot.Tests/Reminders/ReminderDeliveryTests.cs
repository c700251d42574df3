using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Reminders;

public sealed class ReminderDeliveryTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private readonly LoopbackConnector connector = fixture.Connector;

    private static readonly DateOnly Today = PlanDriver.Today;

    private async Task<(BotHost Bot, PlanDriver Driver)> GroupAsync(BotHost? bot = null)
    {
        bot ??= await fixture.StartHostAsync();
        var driver = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await driver.SetUpAsync();
        return (bot, driver);
    }

    private IReadOnlyList<ConnectorCall> RemindersTo(TestUser user) =>
        connector.MessagesTo(LoopbackConnector.OpenedChatWith(user)).Where(m => m.CardText.Contains("Atgādinājums")).ToList();

    [Fact]
    public async Task An_action_due_today_created_after_nine_gets_its_reminder_at_the_next_sweep_and_only_once()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Ziņojums domei", [d.World.Janis], Today);

        var first = await bot.SweepAsync();
        var second = await bot.SweepAsync();

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Sent);
        var reminder = Assert.Single(RemindersTo(d.World.Janis));
        Assert.Contains("Atgādinājums: #1 Ziņojums domei", reminder.CardText);
        Assert.Contains("**⏰ Šodien**", reminder.CardText);
        Assert.Contains(connector.Calls, c => c.Kind == ConnectorCall.CreateConversation && c.Body!["tenantId"]?.GetValue<string>() == d.World.TenantId);
    }

    [Fact]
    public async Task Reminders_come_seven_days_and_one_day_before_and_on_the_day_at_nine()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Seminārs", [d.World.Janis], Today.AddDays(10));

        async Task<int> SweepAtAsync(int day, int hour, int minute)
        {
            bot.SetRigaTime(Today.AddDays(day), hour, minute);
            await bot.SweepAsync();
            return RemindersTo(d.World.Janis).Count;
        }

        Assert.Equal(0, await SweepAtAsync(3, 8, 59));
        Assert.Equal(1, await SweepAtAsync(3, 9, 0));
        Assert.Equal(1, await SweepAtAsync(9, 8, 59));
        Assert.Equal(2, await SweepAtAsync(9, 9, 1));
        Assert.Equal(3, await SweepAtAsync(10, 9, 1));

        var texts = RemindersTo(d.World.Janis).Select(r => r.CardText).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains("**Pēc 7 dienām**", texts[0]);
        Assert.Contains("**Rīt**", texts[1]);
        Assert.Contains("**⏰ Šodien**", texts[2]);
    }

    [Fact]
    public async Task After_the_bot_was_down_a_week_the_member_gets_one_reminder_not_a_burst()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Seminārs", [d.World.Janis], Today.AddDays(8));

        bot.SetRigaTime(Today.AddDays(8), 11, 0);
        await bot.SweepAsync();
        await bot.SweepAsync();

        Assert.Contains("**⏰ Šodien**", Assert.Single(RemindersTo(d.World.Janis)).CardText);
    }

    [Fact]
    public async Task Done_on_the_reminder_card_closes_the_action_updates_the_card_and_stops_the_reminders()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Aptauja", [d.World.Janis], Today);
        await bot.SweepAsync();
        var card = RemindersTo(d.World.Janis)[0].Card!;

        var answer = await d.PressAsync(d.World.Janis, card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Done");

        Assert.Contains("Statuss nomainīts: “izpildīts”", answer.CardText);
        Assert.Contains("izpildīts", answer.CardText);
        Assert.False(CardPress.HasButton(answer.Card, Verbs.Snooze));
        Assert.Equal(ActionStatus.Done, (await bot.Services.GetRequiredService<IPlanStore>().FindActionAsync(new GroupKey(d.World.TenantId, d.World.TeamId), 1, default))!.Status);
        bot.SetRigaTime(Today.AddDays(5), 9, 30);
        Assert.Equal(0, (await bot.SweepAsync()).Sent);
        Assert.Single(RemindersTo(d.World.Janis));
    }

    [Fact]
    public async Task Snooze_until_tomorrow_updates_the_card_and_the_next_reminder_comes_tomorrow_at_nine()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        // Due in 7 days, created at 10:00: the 7-days-before reminder of 09:00 today is caught up at once.
        await d.CreateActionAsync(d.World.Anna, "Aptauja", [d.World.Janis], Today.AddDays(7));
        await bot.SweepAsync();
        var card = Assert.Single(RemindersTo(d.World.Janis)).Card!;

        var answer = await d.PressAsync(d.World.Janis, card, Verbs.Snooze, x => x["days"]!.GetValue<string>() == "1");

        Assert.Contains("Atgādināšu vēlreiz 03.03.2026. plkst. 09:00", answer.CardText);
        bot.SetRigaTime(Today.AddDays(1), 8, 59);
        await bot.SweepAsync();
        Assert.Single(RemindersTo(d.World.Janis));
        bot.SetRigaTime(Today.AddDays(1), 9, 0);
        await bot.SweepAsync();
        Assert.Equal(2, RemindersTo(d.World.Janis).Count);
    }

    [Fact]
    public async Task Someone_who_is_not_responsible_cannot_snooze_or_close_through_a_reminder()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Aptauja", [d.World.Janis], Today);
        await bot.SweepAsync();
        var card = RemindersTo(d.World.Janis)[0].Card!;

        var snooze = await d.PressAsync(d.World.Liga, card, Verbs.Snooze, x => x["days"]!.GetValue<string>() == "3");
        var done = await d.PressAsync(d.World.Liga, card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Done");

        Assert.Contains("Šis nav jūsu uzdevums", snooze.CardText);
        Assert.Contains("Šis nav jūsu uzdevums", done.CardText);
        Assert.Null(await bot.Services.GetRequiredService<IPlanStore>().FindSnoozeAsync(new GroupKey(d.World.TenantId, d.World.TeamId), 1, d.World.Liga.AadObjectId, default));
    }

    /// <summary>Every edit stores its own promise (all in the same second here), so none removes another's.</summary>
    [Fact]
    public async Task Deadlines_moved_at_the_same_time_leave_reminders_for_the_final_deadline_and_no_promise_behind()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var created = await d.CreateActionAsync(d.World.Anna, "Seminārs", [d.World.Janis], Today.AddDays(8));
        var form = (await d.PressAsync(d.World.Anna, created.Card, Verbs.EditAction)).Card;
        var area = CardPress.ChoicesOf(form, ActionForm.Area).Keys.First();

        await Task.WhenAll(Enumerable.Range(10, 8).Select(days => d.PressAsync(d.World.Anna, form, Verbs.SaveAction, null,
            (ActionForm.Title, "Seminārs"), (ActionForm.Area, area), (ActionForm.Responsible, d.World.Janis.AadObjectId),
            (ActionForm.Deadline, Today.AddDays(days).ToString("yyyy-MM-dd")))));

        var team = new GroupKey(d.World.TenantId, d.World.TeamId);
        var deadline = (await bot.Services.GetRequiredService<IPlanStore>().FindActionAsync(team, PlanDriver.NumberOn(created.Card), default))!.Deadline;
        var rows = await StoredReminders.OfAsync(bot.Services.GetRequiredService<WorkingGroupBot.Storage.TableStorage>().Reminders, team);

        Assert.DoesNotContain(rows, r => r.Kind == nameof(ReminderKind.Replan));
        Assert.Contains(rows, r => r.Person == d.World.Janis.AadObjectId && r.Deadline == deadline.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task A_moved_deadline_replans_the_reminders()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var created = await d.CreateActionAsync(d.World.Anna, "Seminārs", [d.World.Janis], Today.AddDays(8));
        var form = await d.PressAsync(d.World.Anna, created.Card, Verbs.EditAction);
        await d.PressAsync(d.World.Anna, form.Card, Verbs.SaveAction, null,
            (ActionForm.Title, "Seminārs"),
            (ActionForm.Area, CardPress.ChoicesOf(form.Card, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Janis.AadObjectId),
            (ActionForm.Deadline, Today.AddDays(20).ToString("yyyy-MM-dd")));

        bot.SetRigaTime(Today.AddDays(1), 9, 30);
        await bot.SweepAsync();
        Assert.Empty(RemindersTo(d.World.Janis));
        bot.SetRigaTime(Today.AddDays(13), 9, 30);
        await bot.SweepAsync();
        Assert.Contains("**Pēc 7 dienām**", Assert.Single(RemindersTo(d.World.Janis)).CardText);
    }

    [Fact]
    public async Task Overdue_actions_are_reminded_again_and_after_five_working_days_the_chairs_are_told()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Datu apkopojums", [d.World.Janis], Today.AddDays(4));

        for (var day = 3; day <= 14; day++)
        {
            bot.SetRigaTime(Today.AddDays(day), 9, 30);
            await bot.SweepAsync();
        }

        // Due Friday 6 March; overdue reminders every 3 working days: Wednesday 11 and Monday 16 March; the chairs are
        // told on the fifth working day, Friday 13 March.
        var toJanis = RemindersTo(d.World.Janis).Select(r => r.CardText).ToList();
        Assert.Equal(4, toJanis.Count);
        Assert.Contains("**Rīt**", toJanis[0]);
        Assert.Contains("**⏰ Šodien**", toJanis[1]);
        Assert.Contains("**⚠ Nokavēts 5 dienas**", toJanis[2]);
        Assert.Contains("**⚠ Nokavēts 10 dienas**", toJanis[3]);
        var toChair = connector.MessagesTo(LoopbackConnector.OpenedChatWith(d.World.Anna)).Where(m => m.CardText.Contains("Ilgi nokavēts")).ToList();
        Assert.Contains("**⚠ Nokavēts 7 dienas**", Assert.Single(toChair).CardText);
    }

    [Fact]
    public async Task Two_bot_instances_on_one_storage_send_each_reminder_exactly_once()
    {
        var prefix = ReminderFixture.NewTablePrefix();
        await using var first = await fixture.StartHostAsync(prefix);
        await using var second = await fixture.StartHostAsync(prefix);
        var d = new PlanDriver(first, connector, new TeamsWorld(connector, people: 5));
        await d.SetUpAsync();
        foreach (var (person, i) in d.World.People.Select((p, i) => (p, i)))
        {
            for (var n = 0; n < 4; n++)
            {
                await d.CreateActionAsync(d.World.Anna, $"Uzdevums {i}-{n}", [person], Today);
            }
        }

        var results = await Task.WhenAll(first.SweepAsync(), second.SweepAsync(), first.SweepAsync(), second.SweepAsync());

        Assert.Equal(20, results.Sum(r => r.Sent));
        foreach (var person in d.World.People)
        {
            var titles = RemindersTo(person).Select(r => r.CardText.Split('\n')[0]).ToList();
            Assert.Equal(4, titles.Count);
            Assert.Equal(titles.Distinct().Count(), titles.Count);
        }
    }

    [Fact]
    public async Task A_dispatcher_that_died_after_claiming_loses_nothing_its_claim_expires_and_another_sends()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        await d.CreateActionAsync(d.World.Anna, "Ziņojums", [d.World.Janis], Today);
        var store = bot.Services.GetRequiredService<IReminderStore>();
        var due = Assert.Single(await DueAsync(store, bot.Clock.GetUtcNow()));

        // A dispatcher claims the reminder, then its process is killed before it sends.
        Assert.NotNull(await store.ClaimAsync(due, bot.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), default));
        Assert.Equal(0, (await bot.SweepAsync()).Sent);
        bot.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, (await bot.SweepAsync()).Sent);
        Assert.Single(RemindersTo(d.World.Janis));
    }

    [Fact]
    public async Task Throttling_and_bad_gateways_are_retried_and_every_reminder_arrives_once()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        foreach (var person in d.World.People)
        {
            await d.CreateActionAsync(d.World.Anna, "Uzdevums " + person.Name, [person], Today);
        }

        connector.FailNextSends(3, 429, retryAfterSeconds: 2);
        connector.FailNextSends(2, 502);
        var result = await bot.SweepAsync();

        Assert.Equal(3, result.Sent);
        Assert.True(connector.Rejected >= 5);
        Assert.All(d.World.People, p => Assert.Single(RemindersTo(p)));
    }

    [Fact]
    public async Task A_member_who_blocked_the_bot_is_marked_unreachable_not_retried_and_shown_to_the_chairs()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        connector.Block(d.World.Liga);
        await d.CreateActionAsync(d.World.Anna, "Aptauja", [d.World.Liga], Today);

        var result = await bot.SweepAsync();
        bot.Clock.Advance(TimeSpan.FromDays(1));
        var later = await bot.SweepAsync();

        Assert.Equal(1, result.Unreachable);
        Assert.Equal(0, later.Found);
        var member = await bot.Services.GetRequiredService<IMemberStore>().FindAsync(new GroupKey(d.World.TenantId, d.World.TeamId), d.World.Liga.AadObjectId, default);
        Assert.True(member!.Unreachable);
        var digest = await d.AskInChannelAsync(d.World.Anna, "kopsavilkums");
        Assert.Contains("Dalībnieki, kurus nevaru sasniegt personīgi (1)", CardTexts.Of(digest));
        Assert.Contains("Līga Ozola", CardTexts.Of(digest));
    }

    [Fact]
    public async Task The_weekly_digest_reaches_the_channel_on_the_chosen_day_with_what_is_due_overdue_blocked_and_done()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var settings = await d.AskInChannelAsync(d.World.Anna, "atgādinājumi");
        await d.PressAsync(d.World.Anna, settings, Verbs.SaveReminderSettings, null,
            (ReminderSettingsCard.DaysBefore, "7, 1"), (ReminderSettingsCard.OverdueEvery, "3"), (ReminderSettingsCard.TellChairsAfter, "5"),
            (ReminderSettingsCard.DigestDay, "Friday"), (ReminderSettingsCard.DigestAt, "14:00"));
        await d.CreateActionAsync(d.World.Anna, "Drīzs", [d.World.Janis], Today.AddDays(5));
        var done = await d.CreateActionAsync(d.World.Anna, "Izdarāms", [d.World.Janis], Today.AddDays(1));
        await d.PressAsync(d.World.Janis, done.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Done");

        bot.SetRigaTime(Today.AddDays(4), 13, 59);
        await bot.SweepAsync();
        Assert.DoesNotContain(connector.MessagesTo(d.World.ChannelId), m => m.CardText.Contains("Kopsavilkums"));
        bot.SetRigaTime(Today.AddDays(4), 14, 0);
        await bot.SweepAsync();

        var digest = Assert.Single(connector.MessagesTo(d.World.ChannelId), m => m.CardText.Contains("Kopsavilkums")).CardText;
        Assert.Contains("Termiņš šonedēļ (1)", digest);
        Assert.Contains("#1 Drīzs", digest);
        Assert.Contains("Izpildīti kopš iepriekšējā kopsavilkuma (1)", digest);
        Assert.Contains("#2 Izdarāms", digest);
    }

    private static async Task<IReadOnlyList<DueReminder>> DueAsync(IReminderStore store, DateTimeOffset now) =>
        (await Task.WhenAll(Enumerable.Range(0, IReminderStore.Shards).Select(s => store.FindDueAsync(s, now, 100, default)))).SelectMany(x => x).ToList();
}
