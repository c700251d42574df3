using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>A member hears of new work in their personal chat when a chair gives it to them, not a week before its deadline.</summary>
[Collection(BotCollection.Name)]
public sealed class AssignmentNoticeTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;

    private IReadOnlyList<ConnectorCall> PersonalMessagesTo(TestUser user) =>
        [.. fixture.Connector.MessagesTo(LoopbackConnector.OpenedChatWith(user)), .. fixture.Connector.MessagesTo(TeamsWorld.PersonalChatId(user))];

    private async Task<PlanDriver> GroupAsync()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        return d;
    }

    [Fact]
    public async Task A_new_action_is_announced_in_the_members_personal_chat_with_its_buttons_and_the_chair_is_told_who_knows()
    {
        var d = await GroupAsync();
        var (anna, janis) = (d.World.Anna, d.World.Janis);

        var created = await d.CreateActionAsync(anna, "Informatīvs materiāls vecākiem", [anna, janis], PlanDriver.Today.AddDays(35));
        var number = PlanDriver.NumberOn(created.Card);

        Assert.Contains($"Paziņots personīgajā sarakstē: {janis.Name}.", created.CardText);
        var notice = Assert.Single(PersonalMessagesTo(janis));
        Assert.Contains($"Jums jauns uzdevums: #{number} Informatīvs materiāls vecākiem", notice.CardText);
        Assert.Contains($"{anna.Name} jūs norīkoja par atbildīgo.", notice.CardText);
        Assert.Contains("Pēc 35 dienām", notice.CardText);
        Assert.Equal($"Jums jauns uzdevums: #{number} Informatīvs materiāls vecākiem", notice.Body!["summary"]!.GetValue<string>());
        Assert.Empty(PersonalMessagesTo(anna)); // the chair who assigned it knows

        var started = await d.PressAsync(janis, notice.Card!, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "InProgress");
        Assert.Contains("Statuss nomainīts: “procesā”", started.CardText);
    }

    [Fact]
    public async Task Reassigning_tells_the_new_member_theirs_and_the_old_one_no_longer()
    {
        var d = await GroupAsync();
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        var created = await d.CreateActionAsync(anna, "Vecāku sapulce", [janis], PlanDriver.Today.AddDays(10));
        var form = await d.PressAsync(anna, created.Card, Verbs.EditAction);

        var saved = await d.PressAsync(anna, form.Card, Verbs.SaveAction, null,
            (ActionForm.Title, "Vecāku sapulce"),
            (ActionForm.Area, CardPress.ChoicesOf(form.Card, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, liga.AadObjectId),
            (ActionForm.Deadline, PlanDriver.Today.AddDays(10).ToString("yyyy-MM-dd")));

        Assert.Contains($"Paziņots personīgajā sarakstē: {liga.Name}, {janis.Name}.", saved.CardText);
        Assert.Contains("Vairs nav jūsu uzdevums", PersonalMessagesTo(janis)[^1].CardText);
        Assert.False(CardPress.HasButton(PersonalMessagesTo(janis)[^1].Card!, Verbs.SetStatus));
        Assert.Contains("Jums jauns uzdevums", Assert.Single(PersonalMessagesTo(liga)).CardText);

        // A save that leaves the responsible as they were tells nobody again.
        var form2 = await d.PressAsync(anna, saved.Card, Verbs.EditAction);
        await d.PressAsync(anna, form2.Card, Verbs.SaveAction, null,
            (ActionForm.Title, "Vecāku sapulce skolā"),
            (ActionForm.Area, CardPress.ChoicesOf(form2.Card, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, liga.AadObjectId),
            (ActionForm.Deadline, PlanDriver.Today.AddDays(10).ToString("yyyy-MM-dd")));
        Assert.Single(PersonalMessagesTo(liga));
    }

    [Fact]
    public async Task A_member_who_cannot_be_reached_is_named_on_the_chairs_card_and_the_action_is_created_all_the_same()
    {
        var d = await GroupAsync();
        fixture.Connector.Block(d.World.Janis);

        var created = await d.CreateActionAsync(d.World.Anna, "Mājas vizīte", [d.World.Janis], PlanDriver.Today.AddDays(7));

        Assert.Contains("Uzdevums pievienots plānam", created.CardText);
        Assert.Contains($"Personīgajā sarakstē nevarēja paziņot, tāpēc pasakiet paši: {d.World.Janis.Name}.", created.CardText);
    }

    [Fact]
    public async Task The_same_form_sent_twice_announces_the_action_once()
    {
        var d = await GroupAsync();
        var form = await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums");
        Task<InvokeAnswer> SendAsync() => d.PressAsync(d.World.Anna, form, Verbs.CreateAction, null,
            (ActionForm.Title, "Skolu aptauja"),
            (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Liga.AadObjectId),
            (ActionForm.Deadline, PlanDriver.Today.AddDays(20).ToString("yyyy-MM-dd")));

        await SendAsync();
        var again = await SendAsync();

        Assert.Contains("Skolu aptauja", again.CardText);

        Assert.Single(PersonalMessagesTo(d.World.Liga));
    }
}
