using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Reminders;

/// <summary>
/// A reminder is claimed before it is sent: the claim must hold as long as the send (however slow Teams is), survive a
/// re-plan of the same row, and a reminder that keeps failing must neither be retried forever nor hold up others.
/// </summary>
public sealed class ReminderClaimTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private readonly LoopbackConnector connector = fixture.Connector;

    private static readonly DateOnly Today = PlanDriver.Today;

    private IReadOnlyList<ConnectorCall> RemindersTo(TestUser user) =>
        connector.MessagesTo(LoopbackConnector.OpenedChatWith(user)).Where(m => m.CardText.Contains("Atgādinājums")).ToList();

    [Fact]
    public async Task A_send_slower_than_the_lease_is_delivered_once_while_another_instance_sweeps()
    {
        var prefix = ReminderFixture.NewTablePrefix();
        await using var first = await fixture.StartHostAsync(prefix, "--Reminders:Lease", "00:00:04");
        await using var second = await fixture.StartHostAsync(prefix, "--Reminders:Lease", "00:00:04");
        var d = new PlanDriver(first, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        await d.CreateActionAsync(d.World.Anna, "Ziņojums", [d.World.Janis], Today);

        connector.SendDelay = TimeSpan.FromSeconds(3);
        SweepResult sent;
        try
        {
            // Time runs five times faster than real time on both instances: the send takes 15 s of it, the lease is 4 s.
            var sending = first.Services.GetRequiredService<ReminderDispatcher>().SweepAsync(default);
            while (!sending.IsCompleted)
            {
                await Task.Delay(100);
                first.Clock.Advance(TimeSpan.FromMilliseconds(500));
                if (first.Clock.GetUtcNow() > second.Clock.GetUtcNow())
                {
                    second.Clock.SetUtcNow(first.Clock.GetUtcNow());
                }

                await second.SweepAsync();
            }

            sent = await sending;
        }
        finally
        {
            connector.SendDelay = TimeSpan.Zero;
        }

        second.Clock.Advance(TimeSpan.FromMinutes(5));
        await second.SweepAsync();
        Assert.Single(RemindersTo(d.World.Janis));
        Assert.Equal(1, sent.Sent);
    }

    [Fact]
    public async Task A_deadline_moved_while_its_reminder_is_sent_leaves_no_duplicate_and_the_new_plan_holds()
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        // Due tomorrow: the reminder of one day before is owed now, at today's 09:00.
        var created = await d.CreateActionAsync(d.World.Anna, "Seminārs", [d.World.Janis], Today.AddDays(1));
        var form = (await d.PressAsync(d.World.Anna, created.Card, Verbs.EditAction)).Card;
        var area = CardPress.ChoicesOf(form, ActionForm.Area).Keys.First();

        connector.SendDelay = TimeSpan.FromSeconds(5);
        SweepResult sent;
        try
        {
            var sweep = bot.SweepAsync();
            await ClaimedAsync(bot, d);
            // Moved a week on, the deadline wants its reminder of seven days before at the same time: the claimed row.
            await d.PressAsync(d.World.Anna, form, Verbs.SaveAction, null,
                (ActionForm.Title, "Seminārs"), (ActionForm.Area, area), (ActionForm.Responsible, d.World.Janis.AadObjectId),
                (ActionForm.Deadline, Today.AddDays(7).ToString("yyyy-MM-dd")));
            sent = await sweep;
        }
        finally
        {
            connector.SendDelay = TimeSpan.Zero;
        }

        bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await bot.SweepAsync();
        Assert.Single(RemindersTo(d.World.Janis));
        Assert.Equal(1, sent.Sent);

        bot.SetRigaTime(Today.AddDays(1), 9, 30);
        await bot.SweepAsync();
        Assert.Single(RemindersTo(d.World.Janis));
        bot.SetRigaTime(Today.AddDays(6), 9, 30);
        await bot.SweepAsync();
        Assert.Contains("**Rīt**", RemindersTo(d.World.Janis)[^1].CardText);
    }

    [Fact]
    public async Task Reminders_waiting_to_be_retried_do_not_keep_another_due_reminder_from_being_sent()
    {
        var bot = await fixture.StartHostAsync(null, "--Reminders:BatchSize", "5");
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        connector.Refuse(d.World.Janis, 500);
        for (var i = 1; i <= 6; i++)
        {
            await d.CreateActionAsync(d.World.Anna, $"Uzdevums {i}", [d.World.Janis], Today);
        }

        Assert.Equal(5, (await bot.SweepAsync()).Failed);
        await d.CreateActionAsync(d.World.Anna, "Aptauja", [d.World.Liga], Today);
        var result = await bot.SweepAsync();

        Assert.Equal(1, result.Sent);
        Assert.Single(RemindersTo(d.World.Liga));
    }

    [Fact]
    public async Task A_conversation_not_found_is_not_retried_and_the_chairs_see_the_member_as_unreachable()
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        connector.Refuse(d.World.Liga, 404);
        await d.CreateActionAsync(d.World.Anna, "Aptauja", [d.World.Liga], Today);

        var result = await bot.SweepAsync();
        bot.Clock.Advance(TimeSpan.FromDays(1));
        var later = await bot.SweepAsync();

        Assert.Equal(1, result.Unreachable);
        Assert.Equal(0, later.Found);
        var member = await bot.Services.GetRequiredService<IMemberStore>().FindAsync(new GroupKey(d.World.TenantId, d.World.TeamId), d.World.Liga.AadObjectId, default);
        Assert.True(member!.Unreachable);
        Assert.Contains("Līga Ozola", CardTexts.Of(await d.AskInChannelAsync(d.World.Anna, "kopsavilkums")));
    }

    [Fact]
    public async Task A_channel_the_bot_was_removed_from_is_not_retried_and_the_next_digest_is_still_planned()
    {
        var bot = await fixture.StartHostAsync();
        await using var _ = bot;
        var d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
        connector.Refuse(d.World.ChannelId, 403);

        // The weekly digest: Mondays at 08:30.
        bot.SetRigaTime(Today.AddDays(7), 8, 31);
        var result = await bot.SweepAsync();
        bot.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await bot.SweepAsync();
        bot.SetRigaTime(Today.AddDays(14), 8, 31);
        var nextWeek = await bot.SweepAsync();

        Assert.Equal((1, 0), (result.Unreachable, result.Failed));
        Assert.Equal(0, later.Found);
        Assert.Equal(1, nextWeek.Unreachable);
    }

    /// <summary>Waits until a dispatcher holds the group's reminder (the send has begun).</summary>
    private static async Task ClaimedAsync(BotHost bot, PlanDriver d)
    {
        var table = bot.Services.GetRequiredService<WorkingGroupBot.Storage.TableStorage>().Reminders;
        var group = new GroupKey(d.World.TenantId, d.World.TeamId);
        for (var i = 0; i < 200 && !(await StoredReminders.OfAsync(table, group)).Any(r => r.LeaseUntil is not null); i++)
        {
            await Task.Delay(25);
        }
    }
}
