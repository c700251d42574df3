using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Meetings;

/// <summary>A group whose chair has scheduled its meetings for every second Tuesday at 10:00 from 10 March 2026, in the
/// Domes zāle.</summary>
public static class MonthlyMeeting
{
    public static async Task<(BotHost Bot, PlanDriver Driver)> StartAsync(ReminderFixture fixture)
    {
        var bot = await fixture.StartHostAsync();
        var d = new PlanDriver(bot, fixture.Connector, new TeamsWorld(fixture.Connector));
        await d.SetUpAsync();
        var form = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        var schedule = await d.PressAsync(d.World.Anna, form, Verbs.ScheduleMeeting);
        var scheduled = await d.PressAsync(d.World.Anna, schedule.Card, Verbs.CreateMeeting, null,
            (MeetingForm.Title, "Sadarbības grupas sanāksme"),
            (MeetingForm.FirstDate, "2026-03-10"),
            (MeetingForm.Start, "10:00"),
            (MeetingForm.Duration, "90"),
            (MeetingForm.Place, "Domes zāle"),
            (MeetingForm.Recurrence, MeetingForm.MonthlyNthWeekday),
            (MeetingForm.Interval, "1"),
            (MeetingForm.Notices, "1d, 1h"));
        Assert.Contains("Sanāksmes ieplānotas", scheduled.CardText);
        return (bot, d);
    }
}
