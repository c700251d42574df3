using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

[Collection(BotCollection.Name)]
public sealed class ActionLifecycleTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;
    private IPlanStore Plans => bot.Services.GetRequiredService<IPlanStore>();

    private static GroupKey Team(PlanDriver d) => new(d.World.TenantId, d.World.TeamId);

    private async Task<(PlanDriver Driver, int Number)> GroupWithActionForJanisAsync()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        var created = await d.CreateActionAsync(d.World.Anna, "Informatīvs materiāls vecākiem", [d.World.Janis], PlanDriver.Today.AddDays(14));
        return (d, PlanDriver.NumberOn(created.Card));
    }

    [Fact]
    public async Task The_member_sees_the_action_in_my_actions_moves_it_along_adds_a_note_and_the_card_updates_in_place()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var janis = d.World.Janis;

        var mine = await d.AskPersonallyAsync(janis, "mani uzdevumi");
        Assert.Contains("Mani uzdevumi (1)", CardTexts.Of(mine));
        Assert.Contains($"#{number} Informatīvs materiāls vecākiem", CardTexts.Of(mine));
        Assert.Contains("Pēc 14 dienām", CardTexts.Of(mine)); // the deadline, relative first

        var list = await d.PressAsync(janis, mine, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "InProgress");
        Assert.Contains($"Uzdevums #{number} saglabāts", list.CardText);
        Assert.Contains("procesā", list.CardText);
        Assert.False(CardPress.HasButton(list.Card, Verbs.SetStatus) && CardPress.DataOf(list.Card, Verbs.SetStatus).ToJsonString().Contains("\"InProgress\""));

        var card = await d.PressAsync(janis, list.Card, Verbs.OpenAction);
        card = await d.PressAsync(janis, card.Card, Verbs.AddNote, null, (ActionForm.Note, "Teksts nodots dizainerim"));
        Assert.Contains("Teksts nodots dizainerim", card.CardText);
        Assert.Contains("✓ Piezīme pievienota.", card.CardText);

        card = await d.PressAsync(janis, card.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Done");
        Assert.Contains("Statuss nomainīts: “izpildīts”", card.CardText);
        Assert.Contains("izpildīts", card.CardText);
        Assert.False(CardPress.HasButton(card.Card, Verbs.SetStatus), "a done action offers its member no more status buttons");

        var stored = (await Plans.FindActionAsync(Team(d), number, default))!;
        Assert.Equal(ActionStatus.Done, stored.Status);
        var log = await Plans.ReadLogAsync(Team(d), number, default);
        Assert.Equal([LogKind.Created, LogKind.Changed, LogKind.Note, LogKind.Changed], log.Select(l => l.Kind));
        Assert.All(log.Skip(1), l => Assert.Equal(janis.AadObjectId, l.AuthorId));
        Assert.Contains("Jums nav atvērtu uzdevumu", CardTexts.Of(await d.AskPersonallyAsync(janis, "mani uzdevumi")));
    }

    /// <summary>A second press of Done (on the same card, or an old one) is answered with the state, not as an error.</summary>
    [Fact]
    public async Task Done_pressed_twice_answers_with_the_actions_state_and_changes_nothing_more()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var mine = await d.AskPersonallyAsync(d.World.Janis, "mani uzdevumi");
        bool IsDone(JsonObject data) => data["status"]!.GetValue<string>() == "Done";

        await d.PressAsync(d.World.Janis, mine, Verbs.SetStatus, IsDone);
        var again = await d.PressAsync(d.World.Janis, mine, Verbs.SetStatus, IsDone);

        Assert.Contains("✓ Uzdevumam jau ir statuss “izpildīts”: nekas nav jāmaina.", again.CardText);
        Assert.DoesNotContain("⚠", again.CardText);
        var log = await Plans.ReadLogAsync(Team(d), number, default);
        Assert.Equal([LogKind.Created, LogKind.Changed], log.Select(l => l.Kind));
    }

    /// <summary>Roles are checked against the stored roster on every request: a chair's role ends when they leave.</summary>
    [Fact]
    public async Task A_chair_who_left_the_team_is_no_longer_a_chair_and_changes_nothing()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var liga = d.World.Liga;
        await d.SendForgedAsync(d.World.Anna, new() { ["verb"] = Verbs.MakeChair, ["group"] = d.World.TeamId, ["member"] = liga.AadObjectId });
        var card = (await d.SendForgedAsync(liga, new() { ["verb"] = Verbs.OpenAction, ["group"] = d.World.TeamId, ["action"] = number })).Card;
        var edit = (await d.PressAsync(liga, card, Verbs.EditAction)).Card;

        d.World.Leave(liga);
        await bot.DeliverAsync(d.World.TeamMembersRemoved(d.World.Anna, liga));
        var cancel = await d.PressAsync(liga, card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == nameof(ActionStatus.Cancelled));
        var save = await d.PressAsync(liga, edit, Verbs.SaveAction, null, (ActionForm.Title, "Cits nosaukums"));

        var stored = (await Plans.FindActionAsync(Team(d), number, default))!;
        Assert.Equal((ActionStatus.Open, "Informatīvs materiāls vecākiem"), (stored.Status, stored.Title));
        Assert.All([cancel, save], a => Assert.Contains("Jūs neesat šīs darba grupas dalībnieks", a.Text));
    }

    [Fact]
    public async Task Blocked_needs_a_reason_and_shows_it()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var card = await d.PressAsync(d.World.Janis, await d.AskPersonallyAsync(d.World.Janis, "my actions"), Verbs.OpenAction);

        var refused = await d.PressAsync(d.World.Janis, card.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Blocked");
        Assert.Contains("Norādiet, kas bloķē uzdevumu", refused.CardText);
        Assert.Equal(ActionStatus.Open, (await Plans.FindActionAsync(Team(d), number, default))!.Status);

        var blocked = await d.PressAsync(d.World.Janis, card.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == "Blocked", (ActionForm.Reason, "Gaidām budžeta apstiprinājumu"));
        Assert.Contains("bloķēts: Gaidām budžeta apstiprinājumu", blocked.CardText);
        Assert.Equal("Gaidām budžeta apstiprinājumu", (await Plans.FindActionAsync(Team(d), number, default))!.BlockedReason);
    }

    [Fact]
    public async Task Another_member_cannot_close_someone_elses_action_even_by_a_forged_submission()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var before = (await Plans.ReadLogAsync(Team(d), number, default)).Count;

        var forged = await d.SendForgedAsync(d.World.Liga, new() { ["verb"] = Verbs.SetStatus, ["group"] = d.World.TeamId, ["action"] = number, ["status"] = "Done" });
        var forgedNote = await d.SendForgedAsync(d.World.Liga, new() { ["verb"] = Verbs.AddNote, ["group"] = d.World.TeamId, ["action"] = number, [ActionForm.Note] = "Izdarīts" });

        Assert.Contains("Šis nav jūsu uzdevums", forged.CardText);
        Assert.Contains("Šis nav jūsu uzdevums", forgedNote.CardText);
        Assert.Equal(ActionStatus.Open, (await Plans.FindActionAsync(Team(d), number, default))!.Status);
        Assert.Equal(before, (await Plans.ReadLogAsync(Team(d), number, default)).Count);
    }

    [Fact]
    public async Task A_member_cannot_cancel_or_reopen_even_their_own_action_but_a_chair_can()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var status = (string s) => new System.Text.Json.Nodes.JsonObject { ["verb"] = Verbs.SetStatus, ["group"] = d.World.TeamId, ["action"] = number, ["status"] = s };

        var refused = await d.SendForgedAsync(d.World.Janis, status("Cancelled"));
        Assert.Contains("tikai grupas vadītāji", refused.CardText);
        Assert.Equal(ActionStatus.Open, (await Plans.FindActionAsync(Team(d), number, default))!.Status);

        await d.SendForgedAsync(d.World.Anna, status("Cancelled"));
        Assert.Equal(ActionStatus.Cancelled, (await Plans.FindActionAsync(Team(d), number, default))!.Status);
        await d.SendForgedAsync(d.World.Janis, status("Open"));
        Assert.Equal(ActionStatus.Cancelled, (await Plans.FindActionAsync(Team(d), number, default))!.Status);
        await d.SendForgedAsync(d.World.Anna, status("Open"));
        Assert.Equal(ActionStatus.Open, (await Plans.FindActionAsync(Team(d), number, default))!.Status);
    }

    [Fact]
    public async Task A_chair_reassigns_an_action_and_the_history_says_who_changed_what()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var anna = d.World.Anna;
        var card = await d.SendForgedAsync(anna, new() { ["verb"] = Verbs.OpenAction, ["group"] = d.World.TeamId, ["action"] = number });

        var form = await d.PressAsync(anna, card.Card, Verbs.EditAction);
        var saved = await d.PressAsync(anna, form.Card, Verbs.SaveAction, null,
            (ActionForm.Title, "Informatīvs materiāls vecākiem un skolotājiem"),
            (ActionForm.Area, CardPress.ChoicesOf(form.Card, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, $"{d.World.Liga.AadObjectId},{d.World.Janis.AadObjectId}"),
            (ActionForm.Deadline, PlanDriver.Today.AddDays(20).ToString("yyyy-MM-dd")));
        Assert.Contains("Saglabāts", saved.CardText);

        var history = await d.PressAsync(anna, saved.Card, Verbs.History);
        Assert.Contains("Anna Bērziņa", history.CardText);
        Assert.Contains("Nosaukums: Informatīvs materiāls vecākiem → Informatīvs materiāls vecākiem un skolotājiem", history.CardText);
        Assert.Contains("Atbildīgie: Jānis Kalniņš → Līga Ozola, Jānis Kalniņš", history.CardText);

        var janisHistory = await d.SendForgedAsync(d.World.Janis, new() { ["verb"] = Verbs.History, ["group"] = d.World.TeamId, ["action"] = number });
        Assert.Contains("tikai grupas vadītāji", janisHistory.Text);
        Assert.Contains("#" + number, CardTexts.Of(await d.AskPersonallyAsync(d.World.Liga, "mani uzdevumi")));
    }

    /// <summary>Times in the history are in the reader's time zone when Teams says it, else in the group's.</summary>
    [Fact]
    public async Task The_history_shows_times_in_the_readers_time_zone()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var data = new JsonObject { ["verb"] = Verbs.History, ["group"] = d.World.TeamId, ["action"] = number };
        var created = (await Plans.ReadLogAsync(Team(d), number, default))[0].At;
        async Task<string> HistoryInAsync(string? zone)
        {
            var invoke = d.World.PersonalInvoke(d.World.Anna, data.DeepClone().AsObject());
            invoke["entities"]![0]!["timezone"] = zone;
            return (await bot.InvokeAsync(invoke)).CardText;
        }

        string At(string zone) => TimeZoneInfo.ConvertTime(created, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("HH:mm");

        Assert.Contains(At("America/New_York"), await HistoryInAsync("America/New_York"));
        Assert.Contains(At("Europe/Riga"), await HistoryInAsync(null)); // the group's
        Assert.NotEqual(At("America/New_York"), At("Europe/Riga"));
    }

    [Fact]
    public async Task Twenty_concurrent_updates_of_one_action_lose_none()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var notes = Enumerable.Range(1, 20).Select(i => $"Piezīme {i}").ToList();

        await Task.WhenAll(notes.Select((note, i) => d.SendForgedAsync(i % 2 == 0 ? d.World.Janis : d.World.Anna,
            new() { ["verb"] = Verbs.AddNote, ["group"] = d.World.TeamId, ["action"] = number, [ActionForm.Note] = note })));

        var log = await Plans.ReadLogAsync(Team(d), number, default);
        Assert.Equal(notes.Order(), log.Where(l => l.Kind == LogKind.Note).Select(l => l.Note!).Order());
        Assert.Equal(21, (await Plans.FindActionAsync(Team(d), number, default))!.Revision);
    }

    [Fact]
    public async Task Eight_concurrent_creates_in_one_group_each_get_a_number_of_their_own()
    {
        var (d, first) = await GroupWithActionForJanisAsync();
        var form = await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums");
        // Each conflict a create meets is another of them committing first.
        var titles = Enumerable.Range(1, 8).Select(i => $"Vienlaicīgs {i}").ToList();

        var answers = await Task.WhenAll(titles.Select(title => d.PressAsync(d.World.Anna, form, Verbs.CreateAction, null,
            (ActionForm.Title, title), (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Janis.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.AddDays(9).ToString("yyyy-MM-dd")))));

        var stored = await Plans.ListActionsAsync(Team(d), default);
        Assert.Equal(titles.Order(), stored.Where(a => a.Number != first).Select(a => a.Title).Order());
        Assert.Equal(Enumerable.Range(first + 1, 8), answers.Select(a => PlanDriver.NumberOn(a.Card)).Order());
        Assert.Equal(first + 9, (await Plans.FindPlanAsync(Team(d), default))!.NextNumber);
        foreach (var action in stored)
        {
            Assert.Single(await Plans.ReadLogAsync(Team(d), action.Number, default));
        }
    }

    [Fact]
    public async Task A_status_change_and_a_chairs_edit_at_the_same_time_both_survive()
    {
        var (d, number) = await GroupWithActionForJanisAsync();
        var anna = d.World.Anna;
        var form = (await d.SendForgedAsync(anna, new() { ["verb"] = Verbs.EditAction, ["group"] = d.World.TeamId, ["action"] = number })).Card;
        var edit = CardPress.DataOf(form, Verbs.SaveAction).With(
            (ActionForm.Title, "Jauns nosaukums"),
            (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Janis.AadObjectId),
            (ActionForm.Deadline, PlanDriver.Today.AddDays(14).ToString("yyyy-MM-dd")));

        await Task.WhenAll(
            d.SendForgedAsync(anna, edit),
            d.SendForgedAsync(d.World.Janis, new() { ["verb"] = Verbs.SetStatus, ["group"] = d.World.TeamId, ["action"] = number, ["status"] = "InProgress" }));

        var stored = (await Plans.FindActionAsync(Team(d), number, default))!;
        Assert.Equal("Jauns nosaukums", stored.Title);
        Assert.Equal(ActionStatus.InProgress, stored.Status);
    }

    [Fact]
    public async Task My_actions_are_ordered_overdue_first_then_by_deadline_and_paged()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        var deadlines = new[] { 9, 3, 30, 1, 14, 2, 7, 21 };
        foreach (var days in deadlines)
        {
            await d.CreateActionAsync(d.World.Anna, $"Uzdevums {days}", [d.World.Janis], PlanDriver.Today.AddDays(days));
        }

        var first = CardTexts.Of(await d.AskPersonallyAsync(d.World.Janis, "mani uzdevumi"));

        var order = deadlines.Order().Take(MyActionsCard.PageSize).Select(x => first.IndexOf($"Uzdevums {x}\n", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("Uzdevums 30", first);
        Assert.Contains("Lapa 1 no 2", first);
    }
}
