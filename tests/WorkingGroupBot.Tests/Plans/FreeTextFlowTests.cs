using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>Every stored free text is checked on the server: its length limit and the personal-code guard, whatever the card allowed.</summary>
[Collection(BotCollection.Name)]
public sealed class FreeTextFlowTests(BotFixture fixture)
{
    private const string PersonalData = "nedrīkst būt dati par konkrētām personām";
    private readonly BotHost bot = fixture.Bot;
    private IPlanStore Plans => bot.Services.GetRequiredService<IPlanStore>();
    private IMeetingStore Meetings => bot.Services.GetRequiredService<IMeetingStore>();

    private async Task<PlanDriver> NewGroupAsync()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        return d;
    }

    private static GroupKey Team(PlanDriver d) => new(d.World.TenantId, d.World.TeamId);

    private static async Task<InvokeAnswer> ScheduleAsync(PlanDriver d, string title, string place)
    {
        var form = await d.PressAsync(d.World.Anna, await d.AskInChannelAsync(d.World.Anna, "sanāksmes"), Verbs.ScheduleMeeting);
        return await d.PressAsync(d.World.Anna, form.Card, Verbs.CreateMeeting, null,
            (MeetingForm.Title, title), (MeetingForm.FirstDate, "2026-03-10"), (MeetingForm.Start, "10:00"), (MeetingForm.Duration, "90"),
            (MeetingForm.Place, place), (MeetingForm.Recurrence, MeetingForm.Weekly), (MeetingForm.Interval, "2"), (MeetingForm.Notices, "1d"));
    }

    [Fact]
    public async Task A_code_split_between_an_actions_title_and_description_is_refused()
    {
        var d = await NewGroupAsync();

        var answer = await d.CreateActionAsync(d.World.Anna, "Saruna ar ģimeni 010190-", [d.World.Janis], PlanDriver.Today.AddDays(3), description: "12345, skola");

        Assert.Contains(PersonalData, answer.CardText);
        Assert.Empty(await Plans.ListActionsAsync(Team(d), default));
    }

    [Fact]
    public async Task An_over_long_blocked_reason_or_note_posted_past_the_cards_limit_is_refused_and_nothing_changes()
    {
        var d = await NewGroupAsync();
        var created = await d.CreateActionAsync(d.World.Anna, "Bukleti vecākiem", [d.World.Janis], PlanDriver.Today.AddDays(9));

        var blocked = await d.PressAsync(d.World.Janis, created.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Blocked",
            (ActionForm.Reason, new string('ā', FreeText.BlockedReason + 1)));
        var noted = await d.PressAsync(d.World.Janis, created.Card, Verbs.AddNote, null, (ActionForm.Note, new string('ā', FreeText.Note + 1)));

        Assert.Contains("Iemesls ir par garu (ne vairāk kā 500 rakstzīmes)", blocked.CardText);
        Assert.Contains("Teksts ir par garu (ne vairāk kā 1000 rakstzīmes)", noted.CardText);
        var action = Assert.Single(await Plans.ListActionsAsync(Team(d), default));
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Single(await Plans.ReadLogAsync(Team(d), action.Number, default));
    }

    [Theory]
    [InlineData("Sanāksme par 01.01.90 12345", "Domes zāle")]
    [InlineData("Sanāksme", "Kabinets, bērns 010190\u200B12345")]
    [InlineData("Sanāksme 010190-", "12345 kabinets")]
    public async Task A_meeting_whose_title_or_place_holds_a_personal_code_is_refused_and_nothing_is_stored(string title, string place)
    {
        var d = await NewGroupAsync();

        var answer = await ScheduleAsync(d, title, place);

        Assert.Contains(PersonalData, answer.CardText);
        Assert.Empty(await Meetings.ListSeriesAsync(Team(d), default));
    }

    [Theory]
    [InlineData(FreeText.MeetingTitle + 1, 0, "Sanāksmes nosaukums ir par garu")]
    [InlineData(10, FreeText.MeetingPlace + 1, "Vieta ir par garu")]
    public async Task An_over_long_meeting_title_or_place_is_refused_with_its_limit(int titleLength, int placeLength, string message)
    {
        var d = await NewGroupAsync();

        var answer = await ScheduleAsync(d, new string('S', titleLength), new string('V', placeLength));

        Assert.Contains(message, answer.CardText);
        Assert.Empty(await Meetings.ListSeriesAsync(Team(d), default));
    }

    [Fact]
    public async Task Changing_a_series_to_a_place_with_a_personal_code_is_refused_and_the_series_stays()
    {
        var d = await NewGroupAsync();
        await ScheduleAsync(d, "Sadarbības grupas sanāksme", "Domes zāle");
        var list = await d.AskInChannelAsync(d.World.Anna, "sanāksmes");
        var suffix = CardPress.DataOf(list, Verbs.ChangeSeries)["input"]!.GetValue<string>();

        var answer = await d.PressAsync(d.World.Anna, list, Verbs.ChangeSeries, null,
            (MeetingForm.Start + suffix, "13:00"), (MeetingForm.Duration + suffix, "60"), (MeetingForm.Place + suffix, "Pie bērna, 01 01 90 12345"));

        Assert.Contains(PersonalData, answer.CardText);
        var series = Assert.Single(await Meetings.ListSeriesAsync(Team(d), default));
        Assert.Equal(("Domes zāle", (DateOnly?)null), (series.Place, series.EndsOn));
    }

    [Theory]
    [InlineData(5000, "", "Lēmums ir par garu")]
    [InlineData(10, "Īss lēmums\n" + "Pārāk garš lēmums ", "Lēmums ir par garu")]
    [InlineData(0, "Aicināt ģimeni 010190-\n12345 uz sarunu", PersonalData)]
    [InlineData(0, "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\no\np\nq\nr\ns\nt\nu", "ne vairāk kā 20 lēmumus")]
    public async Task Decisions_past_their_limit_or_with_a_personal_code_are_refused_and_nothing_is_stored(int firstLength, string others, string message)
    {
        var d = await NewGroupAsync();
        await ScheduleAsync(d, "Sadarbības grupas sanāksme", "Domes zāle");
        var series = Assert.Single(await Meetings.ListSeriesAsync(Team(d), default));
        var save = CardPress.DataOf(await d.AskInChannelAsync(d.World.Anna, "sanāksmes"), Verbs.CancelMeeting);
        save["verb"] = Verbs.SaveDecisions;

        var answer = await d.SendForgedAsync(d.World.Anna, save.With(
            (ActionForm.Title, new string('L', firstLength)),
            (DecisionsCard.OtherDecisions, others.EndsWith(' ') ? others + new string('x', FreeText.Decision) : others)));

        Assert.Contains(message, answer.CardText);
        Assert.Empty((await Meetings.FindRecordAsync(Team(d), series.Id, series.FirstDate, default)).Decisions);
    }
}
