using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Plans;

namespace WorkingGroupBot.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private const string Riga = "Europe/Riga";
    private static readonly ReminderPolicy Policy = ReminderPolicy.Default;
    private static readonly LatvianCalendar Calendar = LatvianCalendar.WithoutTransfers;

    private static ActionItem DueOn(int year, int month, int day, ActionStatus status = ActionStatus.Open) =>
        Build.Action(status: status, responsible: "janis") with { Deadline = new DateOnly(year, month, day) };

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static List<(ReminderKind, DateTimeOffset)> First(IEnumerable<Reminder> reminders, int count) =>
        reminders.Take(count).Select(r => (r.Kind, r.DueAt)).ToList();

    [Fact]
    public void Seven_days_and_one_day_before_and_on_the_day_at_nine_across_the_march_clock_change()
    {
        // Riga moves from UTC+2 to UTC+3 on Sunday 29 March 2026: 09:00 local is 07:00Z before and 06:00Z after.
        var reminders = ReminderSchedule.ForMember(DueOn(2026, 4, 2), "janis", Policy, Calendar, Riga);

        Assert.Equal(
            [(ReminderKind.Before, Utc(3, 26, 7)), (ReminderKind.Before, Utc(4, 1, 6)), (ReminderKind.OnTheDay, Utc(4, 2, 6))],
            First(reminders, 3));
    }

    [Fact]
    public void Nine_oclock_stays_nine_oclock_across_the_october_clock_change()
    {
        // Back to UTC+2 on Sunday 25 October 2026.
        var reminders = ReminderSchedule.ForMember(DueOn(2026, 10, 26), "janis", Policy, Calendar, Riga);

        Assert.Equal(
            [(ReminderKind.Before, Utc(10, 19, 6)), (ReminderKind.Before, Utc(10, 25, 7)), (ReminderKind.OnTheDay, Utc(10, 26, 7))],
            First(reminders, 3));
    }

    [Fact]
    public void A_member_in_another_time_zone_is_reminded_at_nine_their_time()
    {
        var reminders = ReminderSchedule.ForMember(DueOn(2026, 6, 10), "janis", Policy, Calendar, "America/New_York");

        Assert.Equal((ReminderKind.OnTheDay, Utc(6, 10, 13)), First(reminders, 3)[2]);
    }

    [Fact]
    public void A_time_the_clocks_skip_is_moved_to_the_first_minute_after_the_gap()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Riga);

        Assert.Equal(Utc(3, 29, 1), LocalTime.At(new DateOnly(2026, 3, 29), new TimeOnly(3, 30), zone));
    }

    [Fact]
    public void Overdue_actions_are_reminded_every_three_working_days_and_the_chairs_told_after_five_working_days()
    {
        var friday = DueOn(2026, 3, 6);

        var overdue = ReminderSchedule.ForMember(friday, "janis", Policy, Calendar, Riga).Where(r => r.Kind == ReminderKind.Overdue);
        var chair = Assert.Single(ReminderSchedule.ForChair(friday, "anna", Policy, Calendar, Riga));

        Assert.Equal([Utc(3, 11, 7), Utc(3, 16, 7), Utc(3, 19, 7), Utc(3, 24, 7)], overdue.Take(4).Select(r => r.DueAt));
        // Mon 9 … Fri 13 March: the fifth working day, a week after the deadline.
        Assert.Equal((ReminderKind.TellChair, Utc(3, 13, 7), "anna"), (chair.Kind, chair.DueAt, chair.Person));
    }

    [Fact]
    public void The_chairs_are_told_five_working_days_after_the_deadline_not_counting_the_easter_holidays()
    {
        // Due Thursday 2 April 2026; Good Friday 3 and Easter Monday 6 April are holidays: Tue 7, Wed 8, Thu 9, Fri 10,
        // Mon 13.
        var chair = Assert.Single(ReminderSchedule.ForChair(DueOn(2026, 4, 2), "anna", Policy, Calendar, Riga));

        Assert.Equal(Utc(4, 13, 6), chair.DueAt);
    }

    [Fact]
    public void Days_the_cabinet_moved_are_counted_as_configured()
    {
        // Friday 19 November 2027 off, Saturday 27 November worked for it. Due Thursday 18 November (a holiday itself).
        var moved = new LatvianCalendar([new DateOnly(2027, 11, 19)], [new DateOnly(2027, 11, 27)]);
        var action = DueOn(2027, 11, 18);

        var chair = Assert.Single(ReminderSchedule.ForChair(action, "anna", Policy, moved, Riga));
        var overdue = ReminderSchedule.ForMember(action, "janis", Policy, moved, Riga).Where(r => r.Kind == ReminderKind.Overdue);

        // Mon 22 … Fri 26, then the working Saturday 27: the fifth working day is Friday 26.
        Assert.Equal(new DateTimeOffset(2027, 11, 26, 7, 0, 0, TimeSpan.Zero), chair.DueAt);
        Assert.Equal(
            [new DateTimeOffset(2027, 11, 24, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 11, 27, 7, 0, 0, TimeSpan.Zero)],
            overdue.Take(2).Select(r => r.DueAt));
        Assert.Equal(new DateTimeOffset(2027, 11, 25, 7, 0, 0, TimeSpan.Zero), ReminderSchedule.ForChair(action, "anna", Policy, Calendar, Riga).Single().DueAt);
    }

    [Fact]
    public void Done_or_cancelled_actions_and_people_not_responsible_get_no_reminders()
    {
        Assert.Empty(ReminderSchedule.ForMember(DueOn(2026, 4, 2, ActionStatus.Done), "janis", Policy, Calendar, Riga));
        Assert.Empty(ReminderSchedule.ForMember(DueOn(2026, 4, 2, ActionStatus.Cancelled), "janis", Policy, Calendar, Riga));
        Assert.Empty(ReminderSchedule.ForChair(DueOn(2026, 4, 2, ActionStatus.Done), "anna", Policy, Calendar, Riga));
        Assert.Empty(ReminderSchedule.ForMember(DueOn(2026, 4, 2), "liga", Policy, Calendar, Riga));
    }

    [Fact]
    public void A_moved_deadline_retires_the_reminders_planned_for_the_old_one()
    {
        var old = DueOn(2026, 4, 2);
        var planned = ReminderSchedule.ForMember(old, "janis", Policy, Calendar, Riga).First();
        var moved = old with { Deadline = new DateOnly(2026, 4, 20) };

        Assert.True(ReminderSchedule.Wants(ReminderSchedule.ForMember(old, "janis", Policy, Calendar, Riga), planned));
        Assert.False(ReminderSchedule.Wants(ReminderSchedule.ForMember(moved, "janis", Policy, Calendar, Riga), planned));
        Assert.Equal(Utc(4, 13, 6), ReminderSchedule.Head(ReminderSchedule.ForMember(moved, "janis", Policy, Calendar, Riga), Utc(3, 27, 12), catchUp: true)!.DueAt);
    }

    [Fact]
    public void A_snooze_replaces_the_reminders_until_it_ends_and_the_chain_goes_on_after_it()
    {
        var action = DueOn(2026, 4, 2);
        var snooze = new Snooze(Utc(3, 30, 6), action.Deadline);

        var reminders = ReminderSchedule.ForMember(action, "janis", Policy, Calendar, Riga, snooze);

        Assert.Equal([(ReminderKind.Snoozed, Utc(3, 30, 6)), (ReminderKind.Before, Utc(4, 1, 6)), (ReminderKind.OnTheDay, Utc(4, 2, 6))], First(reminders, 3));
        Assert.False(ReminderSchedule.Wants(reminders, ReminderSchedule.ForMember(action, "janis", Policy, Calendar, Riga).First()));
    }

    [Fact]
    public void A_snooze_for_an_old_deadline_lapses()
    {
        var action = DueOn(2026, 4, 2);

        var reminders = ReminderSchedule.ForMember(action, "janis", Policy, Calendar, Riga, new Snooze(Utc(3, 30, 6), new DateOnly(2026, 3, 20)));

        Assert.Equal(ReminderKind.Before, reminders.First().Kind);
    }

    [Fact]
    public void An_action_due_today_created_after_nine_catches_up_with_the_reminder_of_the_day()
    {
        var reminders = ReminderSchedule.ForMember(DueOn(2026, 3, 2), "janis", Policy, Calendar, Riga);

        var head = ReminderSchedule.Head(reminders, Utc(3, 2, 13), catchUp: true);

        Assert.Equal((ReminderKind.OnTheDay, Utc(3, 2, 7)), (head!.Kind, head.DueAt));
        Assert.Equal(ReminderKind.Overdue, ReminderSchedule.Head(reminders, Utc(3, 2, 13), catchUp: false)!.Kind);
    }

    [Fact]
    public void After_an_outage_only_the_latest_due_reminder_of_a_chain_is_sent()
    {
        var reminders = ReminderSchedule.ForMember(DueOn(2026, 4, 2), "janis", Policy, Calendar, Riga);
        var sevenDaysBefore = reminders.First();
        var group = Build.Group();

        // The bot was down for a week: on 2 April at 10:00 Riga time the 7-days-before reminder is the one stored.
        var skipped = WorkingGroupBot.Delivery.Outgoing.InChain(group, null, reminders, sevenDaysBefore, Utc(4, 2, 7), () => new System.Text.Json.Nodes.JsonObject());
        var sent = WorkingGroupBot.Delivery.Outgoing.InChain(group, null, reminders, skipped.Next!, Utc(4, 2, 7), () => new System.Text.Json.Nodes.JsonObject());

        Assert.Null(skipped.Card);
        Assert.Equal(ReminderKind.OnTheDay, skipped.Next!.Kind);
        Assert.NotNull(sent.Card);
        Assert.Equal(ReminderKind.Overdue, sent.Next!.Kind);
    }

    [Fact]
    public void Weekly_digests_fall_on_the_chosen_day_and_local_time()
    {
        var policy = Policy with { DigestDay = DayOfWeek.Friday, DigestAt = new TimeOnly(14, 0) };

        var digests = ReminderSchedule.Digests(policy, Calendar, Riga, Utc(3, 25, 12)).Where(d => d.DueAt > Utc(3, 25, 12)).Take(2).Select(d => d.DueAt);

        // Friday 3 April 2026 is Good Friday and Monday 6 April Easter Monday: that week's digest comes on Tuesday 7.
        Assert.Equal([Utc(3, 27, 12), Utc(4, 7, 11)], digests);
    }

    [Fact]
    public void A_digest_whose_day_is_a_holiday_goes_out_on_the_next_working_day_and_the_next_week_as_usual()
    {
        // Mondays at 08:30; Easter Monday is 6 April 2026.
        var digests = ReminderSchedule.Digests(Policy, Calendar, Riga, Utc(3, 31, 12)).Where(d => d.DueAt > Utc(3, 31, 12)).Take(2).ToList();

        Assert.Equal([Utc(4, 7, 5, 30), Utc(4, 13, 5, 30)], digests.Select(d => d.DueAt));
        Assert.True(ReminderSchedule.Wants(ReminderSchedule.Digests(Policy, Calendar, Riga, digests[0].DueAt.AddDays(-1)), digests[0]));
    }

    [Fact]
    public void A_digest_on_a_friday_the_cabinet_gave_off_waits_for_monday()
    {
        var moved = new LatvianCalendar([new DateOnly(2027, 11, 19)], [new DateOnly(2027, 11, 27)]);
        var fridays = Policy with { DigestDay = DayOfWeek.Friday };
        var from = new DateTimeOffset(2027, 11, 15, 12, 0, 0, TimeSpan.Zero);

        var digests = ReminderSchedule.Digests(fridays, moved, Riga, from).Where(d => d.DueAt > from).Take(2).Select(d => d.DueAt);

        Assert.Equal([new DateTimeOffset(2027, 11, 22, 6, 30, 0, TimeSpan.Zero), new DateTimeOffset(2027, 11, 26, 6, 30, 0, TimeSpan.Zero)], digests);
    }
}
