using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Teams;

/// <summary>
/// Every form works through its Action.Submit fallback as through Action.Execute: in two identical groups the same
/// press, once each way, gives the same answer, which the fallback puts in place of the pressed card. Tampered
/// fallbacks are refused like tampered Executes.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class SubmitFallbackTests(BotFixture fixture)
{
    private delegate Task<InvokeAnswer> Press(TestUser who, JsonObject card, string verb, Func<JsonObject, bool>? where = null, params (string, JsonNode?)[] inputs);

    /// <summary>Each form, and what its answer shows when it did what it should.</summary>
    public static TheoryData<string, string> Forms => new()
    {
        { "create action", "✓ Uzdevums pievienots plānam." },
        { "edit action", "Bukleti vecākiem" },
        { "add note", "Teksts gatavs" },
        { "blocked with a reason", "Nav budžeta" },
        { "reminder settings", "✓" },
        { "schedule meeting", "✓ Sanāksmes ieplānotas" },
        { "move meeting", "12.03.2026." },
        { "add area", "Emocionālā vardarbība" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_form_sent_through_its_submit_fallback_does_what_its_execute_does(string form, string done)
    {
        var executed = await PressAsync(form, submit: false);
        var submitted = await PressAsync(form, submit: true);

        Assert.Equal(executed.Type, submitted.Type);
        Assert.Equal(Shown(executed), Shown(submitted));
        Assert.Contains(done, Shown(submitted));
    }

    [Fact]
    public async Task A_tampered_fallback_is_refused_and_changes_nothing()
    {
        var d = await GroupAsync();
        var created = await d.CreateActionAsync(d.World.Anna, "Bukleti", [d.World.Janis], PlanDriver.Today.AddDays(5));

        var chairsOnly = await d.SubmitAsync(d.World.Liga, created.Card, Verbs.EditAction);
        var notHers = await d.SubmitAsync(d.World.Liga, created.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Done");
        var otherAction = await d.SendForgedAsync(d.World.Janis, CardPress.FallbackOf(created.Card, Verbs.AddNote).With((CardData.Action, 99), (ActionForm.Note, "x")));

        Assert.Contains("tikai grupas vadītāji", chairsOnly.Text);
        Assert.Contains("⚠", notHers.CardText); // Līga is not responsible: refused on the card
        Assert.Contains("Šīs grupas plānā tāda uzdevuma nav.", otherAction.Text);
        var log = await fixture.Bot.Services.GetRequiredService<IPlanStore>().ReadLogAsync(new(d.World.TenantId, d.World.TeamId), PlanDriver.NumberOn(created.Card), default);
        Assert.Equal([LogKind.Created], log.Select(l => l.Kind));
    }

    /// <summary>
    /// A fallback pressed on a card in the channel: a message with the @mention entity but no text (the SDK's mention
    /// removal used to throw on it), answered in place of the card in the channel's thread.
    /// </summary>
    [Fact]
    public async Task In_a_channel_the_fallback_updates_the_card_where_it_was_pressed()
    {
        var d = await GroupAsync();
        var created = await d.CreateActionAsync(d.World.Anna, "Bukleti", [d.World.Janis], PlanDriver.Today.AddDays(5));
        var press = d.World.ChannelMessage(d.World.Janis, "").Without("text")
            .With("value", CardPress.FallbackOf(created.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "InProgress"))
            .With("replyToId", "card-in-channel");
        var before = fixture.Connector.MessagesTo(d.World.ChannelId).Count;

        await fixture.Bot.DeliverAsync(press);

        var answer = Assert.Single(fixture.Connector.MessagesTo(d.World.ChannelId).Skip(before));
        Assert.Equal((ConnectorCall.Update, "card-in-channel"), (answer.Kind, answer.ActivityId));
        Assert.Contains("Statuss nomainīts: “procesā”", answer.CardText);
    }

    private static string Shown(InvokeAnswer answer) => answer.Type == AdaptiveCard.ContentType ? answer.CardText : answer.Text;

    private async Task<PlanDriver> GroupAsync()
    {
        var d = new PlanDriver(fixture.Bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        return d;
    }

    private async Task<InvokeAnswer> PressAsync(string form, bool submit)
    {
        var d = await GroupAsync();
        Press press = submit ? d.SubmitAsync : d.PressAsync;
        var (anna, janis) = (d.World.Anna, d.World.Janis);
        var due = PlanDriver.Today.AddDays(9).ToString("yyyy-MM-dd");
        switch (form)
        {
            case "create action":
                var blank = await d.AskInChannelAsync(anna, "jauns uzdevums");
                return await press(anna, blank, Verbs.CreateAction, null, (ActionForm.Title, "Bukleti"),
                    (ActionForm.Area, CardPress.ChoicesOf(blank, ActionForm.Area).Keys.First()), (ActionForm.Responsible, janis.AadObjectId), (ActionForm.Deadline, due));
            case "edit action":
                var edit = await d.PressAsync(anna, (await d.CreateActionAsync(anna, "Bukleti", [janis], PlanDriver.Today.AddDays(9))).Card, Verbs.EditAction);
                return await press(anna, edit.Card, Verbs.SaveAction, null, (ActionForm.Title, "Bukleti vecākiem"),
                    (ActionForm.Area, CardPress.ChoicesOf(edit.Card, ActionForm.Area).Keys.First()), (ActionForm.Responsible, janis.AadObjectId), (ActionForm.Deadline, due));
            case "add note":
                return await press(anna, (await d.CreateActionAsync(anna, "Bukleti", [janis], PlanDriver.Today.AddDays(9))).Card, Verbs.AddNote, null, (ActionForm.Note, "Teksts gatavs"));
            case "blocked with a reason":
                return await press(janis, (await d.CreateActionAsync(anna, "Bukleti", [janis], PlanDriver.Today.AddDays(9))).Card, Verbs.SetStatus,
                    x => x["status"]!.GetValue<string>() == "Blocked", (ActionForm.Reason, "Nav budžeta"));
            case "reminder settings":
                return await press(anna, await d.AskInChannelAsync(anna, "atgādinājumi"), Verbs.SaveReminderSettings, null,
                    (ReminderSettingsCard.DaysBefore, "7, 1"), (ReminderSettingsCard.OverdueEvery, "3"), (ReminderSettingsCard.TellChairsAfter, "5"),
                    (ReminderSettingsCard.DigestDay, "Tuesday"), (ReminderSettingsCard.DigestAt, "09:00"), (ReminderSettingsCard.ChannelLanguage, "Latvian"));
            case "schedule meeting":
                return await press(anna, await ScheduleFormAsync(d), Verbs.CreateMeeting, null, Meeting());
            case "move meeting":
                var list = (await d.PressAsync(anna, await ScheduleFormAsync(d), Verbs.CreateMeeting, null, Meeting())).Card;
                var suffix = CardPress.DataOf(list, Verbs.MoveMeeting)[CardData.InputName]!.GetValue<string>();
                return await press(anna, list, Verbs.MoveMeeting, null, (MeetingForm.Date + suffix, "2026-03-12"));
            default:
                var areas = await d.PressAsync(anna, await d.AskInChannelAsync(anna, "plāns"), Verbs.Areas);
                return await press(anna, areas.Card, Verbs.AddArea, null, (ActionForm.AreaName, "Emocionālā vardarbība"));
        }
    }

    private static async Task<JsonObject> ScheduleFormAsync(PlanDriver d) =>
        (await d.PressAsync(d.World.Anna, await d.AskInChannelAsync(d.World.Anna, "sanāksmes"), Verbs.ScheduleMeeting)).Card;

    private static (string, JsonNode?)[] Meeting() =>
    [
        (MeetingForm.Title, "Sanāksme"), (MeetingForm.FirstDate, "2026-03-10"), (MeetingForm.Start, "10:00"), (MeetingForm.Duration, "90"),
        (MeetingForm.Place, "Domes zāle"), (MeetingForm.Recurrence, MeetingForm.MonthlyNthWeekday), (MeetingForm.Notices, "1d,1h"),
    ];
}
