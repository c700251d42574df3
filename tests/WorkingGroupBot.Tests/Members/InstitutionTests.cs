using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Members;

/// <summary>
/// Institutions (iestādes), as chairs set them up from the members card: from the usual list or by name, each with its
/// representatives and deputy; members are shown by institution, and a representative's deputy covers their absence.
/// </summary>
public sealed class InstitutionTests(ReminderFixture fixture) : IClassFixture<ReminderFixture>
{
    private readonly LoopbackConnector connector = fixture.Connector;

    private static readonly DateOnly Today = PlanDriver.Today;

    private async Task<(BotHost Bot, PlanDriver Driver)> GroupAsync()
    {
        var bot = await fixture.StartHostAsync();
        var driver = new PlanDriver(bot, connector, new TeamsWorld(connector, people: 4));
        await driver.SetUpAsync();
        return (bot, driver);
    }

    private static async Task<JsonObject> InstitutionsAsync(PlanDriver d, TestUser by)
    {
        var members = await d.AskPersonallyAsync(by, "dalībnieki");
        return (await d.PressAsync(by, members, Verbs.Institutions)).Card;
    }

    /// <summary>A chair adds an institution: a built-in kind, or "other" with a name.</summary>
    private static async Task<InvokeAnswer> AddAsync(PlanDriver d, TestUser chair, string kind, TestUser[] representatives, TestUser? deputy, string name = "")
    {
        var card = await InstitutionsAsync(d, chair);
        return await d.PressAsync(chair, card, Verbs.SaveInstitution, null,
            (InstitutionsCard.Kind, kind),
            (InstitutionsCard.Name, name),
            (InstitutionsCard.Representatives, string.Join(',', representatives.Select(r => r.AadObjectId))),
            (InstitutionsCard.Deputy, deputy?.AadObjectId ?? ""));
    }

    [Fact]
    public async Task A_chair_sets_up_institutions_from_the_list_and_by_name_and_members_are_shown_by_institution()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga, peteris) = (d.World.Anna, d.World.Janis, d.World.Liga, d.World.People[3]);

        var court = await AddAsync(d, anna, nameof(TextKey.InstitutionOrphansCourt), [janis], liga);
        var youth = await AddAsync(d, anna, InstitutionsCard.Other, [peteris], null, name: "Novada jauniešu centrs");
        var members = CardTexts.Of(await d.AskPersonallyAsync(liga, "dalībnieki", locale: "en-US"));

        Assert.Contains("Saglabāts: Bāriņtiesa.", court.CardText);
        Assert.Contains("Pārstāvji: Jānis Kalniņš · Aizvietotājs: Līga Ozola", court.CardText);
        Assert.Contains("Saglabāts: Novada jauniešu centrs.", youth.CardText);
        Assert.Contains("Pārstāvji: Pēteris Liepa · Aizvietotājs: —", youth.CardText);
        Assert.True(
            members.IndexOf("Orphan's court", StringComparison.Ordinal) < members.IndexOf("Jānis Kalniņš — member · representative", StringComparison.Ordinal)
            && members.IndexOf("Līga Ozola — member · deputy", StringComparison.Ordinal) < members.IndexOf("Novada jauniešu centrs", StringComparison.Ordinal)
            && members.IndexOf("Pēteris Liepa — member · representative", StringComparison.Ordinal) < members.IndexOf("Without an institution", StringComparison.Ordinal)
            && members.IndexOf("Without an institution", StringComparison.Ordinal) < members.IndexOf("Anna Bērziņa — chair", StringComparison.Ordinal),
            members);
    }

    [Fact]
    public async Task A_member_is_in_one_institution_only_people_must_be_in_the_group_and_only_chairs_change_the_list()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga, peteris) = (d.World.Anna, d.World.Janis, d.World.Liga, d.World.People[3]);
        await AddAsync(d, anna, nameof(TextKey.InstitutionOrphansCourt), [janis], liga);

        var taken = await AddAsync(d, anna, nameof(TextKey.InstitutionSocialService), [peteris], janis);
        var sameDeputy = await AddAsync(d, anna, nameof(TextKey.InstitutionSocialService), [peteris], peteris);
        var stranger = await AddAsync(d, anna, nameof(TextKey.InstitutionSocialService), [TestUser.Create("Svešinieks")], null);
        var noName = await AddAsync(d, anna, InstitutionsCard.Other, [peteris], null);
        var personalCode = await AddAsync(d, anna, InstitutionsCard.Other, [peteris], null, name: "Centrs 010190-12345");
        var byMember = await d.SendForgedAsync(janis, new JsonObject
        {
            ["verb"] = Verbs.SaveInstitution,
            ["group"] = d.World.TeamId,
            [InstitutionsCard.Kind] = nameof(TextKey.InstitutionSocialService),
            [InstitutionsCard.Representatives] = peteris.AadObjectId,
        });
        var list = await InstitutionsAsync(d, janis);

        Assert.Contains("Jau ir citā iestādē: Jānis Kalniņš. Dalībnieks pārstāv ne vairāk kā vienu.", taken.CardText);
        Assert.All(new[] { sameDeputy, stranger }, a => Assert.Contains("Izvēlieties vismaz vienu pārstāvi no grupas; aizvietotājam jābūt citai personai.", a.CardText));
        Assert.Contains("Norādiet iestādes nosaukumu", noName.CardText);
        Assert.Contains("Tas izskatās pēc personas koda.", personalCode.CardText);
        Assert.Equal("To var darīt tikai grupas vadītāji. Nekas netika mainīts.", byMember.Text);
        Assert.DoesNotContain("Sociālais dienests", CardTexts.Of(list));
        Assert.False(CardPress.HasButton(list, Verbs.SaveInstitution));
    }

    [Fact]
    public async Task A_chair_changes_an_institutions_deputy_and_removes_an_institution_and_its_people_stay()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga, peteris) = (d.World.Anna, d.World.Janis, d.World.Liga, d.World.People[3]);
        var saved = await AddAsync(d, anna, nameof(TextKey.InstitutionOrphansCourt), [janis], liga);

        var form = await d.PressAsync(anna, saved.Card, Verbs.EditInstitution);
        var changed = await d.PressAsync(anna, form.Card, Verbs.SaveInstitution, null,
            (InstitutionsCard.Representatives, janis.AadObjectId), (InstitutionsCard.Deputy, peteris.AadObjectId));
        var removed = await d.PressAsync(anna, (await d.PressAsync(anna, changed.Card, Verbs.EditInstitution)).Card, Verbs.RemoveInstitution);
        var members = CardTexts.Of(await d.AskPersonallyAsync(anna, "dalībnieki"));

        Assert.Contains("Mainīt: Bāriņtiesa", form.CardText);
        Assert.Contains("Aizvietotājs: Pēteris Liepa", changed.CardText);
        Assert.Contains("Noņemts: Bāriņtiesa.", removed.CardText);
        Assert.Contains("Iestāžu vēl nav.", removed.CardText);
        Assert.Contains("Jānis Kalniņš — dalībnieks", members);
        Assert.DoesNotContain("pārstāvis", members);
    }

    [Fact]
    public async Task While_a_representative_is_away_their_institutions_deputy_gets_the_reminders_not_the_chair()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        await AddAsync(d, anna, nameof(TextKey.InstitutionOrphansCourt), [janis], liga);
        await d.CreateActionAsync(anna, "Seminārs", [janis], Today.AddDays(10));
        var members = await d.AskPersonallyAsync(janis, "dalībnieki");
        var form = await d.PressAsync(janis, members, Verbs.Absences);
        await d.PressAsync(janis, form.Card, Verbs.SetAbsence, null,
            (AbsenceCard.From, Today.ToString("yyyy-MM-dd")), (AbsenceCard.To, Today.AddDays(5).ToString("yyyy-MM-dd")));

        bot.SetRigaTime(Today.AddDays(3), 9, 30);
        await bot.SweepAsync();

        IReadOnlyList<string> RemindersTo(TestUser user) =>
            connector.MessagesTo(LoopbackConnector.OpenedChatWith(user)).Where(m => m.CardText.Contains("Atgādinājums")).Select(m => m.CardText).ToList();
        Assert.Contains("Jūs to saņemat Jānis Kalniņš vietā", Assert.Single(RemindersTo(liga)));
        Assert.Empty(RemindersTo(janis));
        Assert.Empty(RemindersTo(anna));
    }

    [Fact]
    public async Task A_long_overdue_action_of_a_representative_is_told_to_the_chairs_and_to_the_institutions_deputy_each_saying_why()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga, peteris) = (d.World.Anna, d.World.Janis, d.World.Liga, d.World.People[3]);
        await AddAsync(d, anna, nameof(TextKey.InstitutionOrphansCourt), [janis], liga);
        await d.CreateActionAsync(anna, "Datu apkopojums", [janis], Today.AddDays(4));
        await d.CreateActionAsync(anna, "Bukleti", [peteris], Today.AddDays(4));

        // Due Friday 6 March: the chairs are told on the fifth working day after, Friday 13 March.
        for (var day = 3; day <= 11; day++)
        {
            bot.SetRigaTime(Today.AddDays(day), 9, 30);
            await bot.SweepAsync();
        }

        IReadOnlyList<string> ToldTo(TestUser user) =>
            connector.MessagesTo(LoopbackConnector.OpenedChatWith(user)).Where(m => m.CardText.Contains("Ilgi nokavēts")).Select(m => m.CardText).ToList();
        var toDeputy = Assert.Single(ToldTo(liga));
        Assert.Contains("Datu apkopojums", toDeputy);
        Assert.Contains("Jūs to saņemat kā iestādes “Bāriņtiesa” aizvietotājs: atbildīgais ir tās pārstāvis Jānis Kalniņš.", toDeputy);
        var toChair = ToldTo(anna);
        Assert.Equal(2, toChair.Count);
        Assert.All(toChair, c => Assert.Contains("Jūs to saņemat kā grupas vadītājs.", c));
        Assert.Empty(ToldTo(janis));
        Assert.Empty(ToldTo(peteris));
    }

    /// <summary>A chair creates an action owned by an institution, with or without people named too.</summary>
    private static async Task<JsonObject> CreateOwnedAsync(PlanDriver d, string title, string institution, params TestUser[] named)
    {
        var form = await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums");
        var created = await d.PressAsync(d.World.Anna, form, Verbs.CreateAction, null,
            (WorkingGroupBot.Plans.ActionForm.Title, title),
            (WorkingGroupBot.Plans.ActionForm.Area, CardPress.ChoicesOf(form, WorkingGroupBot.Plans.ActionForm.Area).Keys.First()),
            (WorkingGroupBot.Plans.ActionForm.Responsible, string.Join(',', named.Select(n => n.AadObjectId))),
            (WorkingGroupBot.Plans.ActionForm.Institution, institution),
            (WorkingGroupBot.Plans.ActionForm.Deadline, Today.AddDays(10).ToString("yyyy-MM-dd")));
        return created.Card;
    }

    [Fact]
    public async Task An_action_owned_by_an_institution_is_its_representatives_and_follows_them_when_they_change()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga, peteris) = (d.World.Anna, d.World.Janis, d.World.Liga, d.World.People[3]);
        var court = nameof(TextKey.InstitutionOrphansCourt);
        await AddAsync(d, anna, court, [janis], liga);

        var owned = await CreateOwnedAsync(d, "Vecāku vakars", court);
        var shared = await CreateOwnedAsync(d, "Ģimeņu diena", court, anna);
        var store = bot.Services.GetRequiredService<WorkingGroupBot.Plans.IPlanStore>();
        var key = new WorkingGroupBot.Groups.GroupKey(d.World.TenantId, d.World.TeamId);
        var (first, second) = (PlanDriver.NumberOn(owned), PlanDriver.NumberOn(shared));

        Assert.Matches(@"Iestāde\s+Bāriņtiesa", CardTexts.Of(owned));
        Assert.Equal([janis.AadObjectId], (await store.FindActionAsync(key, first, default))!.Responsible);
        Assert.Equal(court, (await store.FindActionAsync(key, first, default))!.Institution);
        bot.SetRigaTime(Today.AddDays(3), 9, 30);
        await bot.SweepAsync();
        Assert.Contains(connector.MessagesTo(LoopbackConnector.OpenedChatWith(janis)), m => m.CardText.Contains("Atgādinājums") && m.CardText.Contains("Vecāku vakars"));

        var edit = await d.PressAsync(anna, await InstitutionsAsync(d, anna), Verbs.EditInstitution);
        await d.PressAsync(anna, edit.Card, Verbs.SaveInstitution, null,
            (InstitutionsCard.Representatives, peteris.AadObjectId), (InstitutionsCard.Deputy, liga.AadObjectId));

        Assert.Equal([peteris.AadObjectId], (await store.FindActionAsync(key, first, default))!.Responsible);
        Assert.Equal([anna.AadObjectId, peteris.AadObjectId], (await store.FindActionAsync(key, second, default))!.Responsible);
        Assert.Contains(connector.MessagesTo(LoopbackConnector.OpenedChatWith(peteris)), m => m.CardText.Contains("Vecāku vakars"));
        var log = await store.ReadLogAsync(key, first, default);
        Assert.Equal(ActionField.Responsible, Assert.Single(log[^1].Changes).Field);

        var plan = await d.AskInChannelAsync(anna, "plāns");
        Assert.Contains("Pa iestādēm", CardTexts.Of(plan));
        Assert.Contains("Bāriņtiesa: nepabeigti 2, nokavēti 0", CardTexts.Of(plan));
        var ofCourt = await d.PressAsync(anna, plan, Verbs.ListActions, data => data[CardData.Of]?.GetValue<string>() == ActionLists.OfInstitution(court));
        Assert.Contains("Vecāku vakars", ofCourt.CardText);
        Assert.Contains("Ģimeņu diena", ofCourt.CardText);

        var removed = await d.PressAsync(anna, (await d.PressAsync(anna, await InstitutionsAsync(d, anna), Verbs.EditInstitution)).Card, Verbs.RemoveInstitution);
        Assert.Contains("Noņemts: Bāriņtiesa.", removed.CardText);
        var after = (await store.FindActionAsync(key, first, default))!;
        Assert.Equal([peteris.AadObjectId], after.Responsible);
        Assert.Null(after.Institution);
    }

    /// <summary>
    /// Jānis is the orphans' court's representative and is also named on its action by name: when the court replaces him
    /// with Pēteris, the action keeps him (as the chair named him) and gains Pēteris; the edit form's picker holds only
    /// the people named by name.
    /// </summary>
    [Fact]
    public async Task A_representative_also_named_by_name_stays_on_the_action_when_the_institution_replaces_them()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga, peteris) = (d.World.Anna, d.World.Janis, d.World.Liga, d.World.People[3]);
        var court = nameof(TextKey.InstitutionOrphansCourt);
        await AddAsync(d, anna, court, [janis], null);
        var store = bot.Services.GetRequiredService<WorkingGroupBot.Plans.IPlanStore>();
        var key = new WorkingGroupBot.Groups.GroupKey(d.World.TenantId, d.World.TeamId);
        var number = PlanDriver.NumberOn(await CreateOwnedAsync(d, "Vecāku vakars", court, janis, liga));

        var edit = await d.PressAsync(anna, await InstitutionsAsync(d, anna), Verbs.EditInstitution);
        await d.PressAsync(anna, edit.Card, Verbs.SaveInstitution, null,
            (InstitutionsCard.Representatives, peteris.AadObjectId), (InstitutionsCard.Deputy, ""));

        var action = (await store.FindActionAsync(key, number, default))!;
        Assert.Equal(new[] { janis.AadObjectId, liga.AadObjectId, peteris.AadObjectId }.Order(), action.Responsible.Order());
        Assert.Equal([janis.AadObjectId, liga.AadObjectId], action.Named);
        var card = await d.PressAsync(anna, await d.AskInChannelAsync(anna, "plāns"), Verbs.ListActions, data => data[CardData.Of]?.GetValue<string>() == ActionLists.OfInstitution(court));
        var opened = await d.PressAsync(anna, card.Card, Verbs.OpenAction);
        var form = await d.PressAsync(anna, opened.Card, Verbs.EditAction);
        Assert.Equal($"{janis.AadObjectId},{liga.AadObjectId}", CardPress.InputValue(form.Card, WorkingGroupBot.Plans.ActionForm.Responsible));
    }

    [Fact]
    public async Task The_template_suggests_an_institution_per_area_a_new_action_there_starts_with_it_and_a_chair_changes_it()
    {
        var (bot, d) = await GroupAsync();
        await using var _ = bot;
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        var court = nameof(TextKey.InstitutionOrphansCourt);
        await AddAsync(d, anna, court, [janis], null);
        await AddAsync(d, anna, nameof(TextKey.InstitutionSocialService), [liga], null);
        var store = bot.Services.GetRequiredService<IPlanStore>();
        var key = new WorkingGroupBot.Groups.GroupKey(d.World.TenantId, d.World.TeamId);
        var cooperation = (await store.FindPlanAsync(key, default))!.Areas.Single(a => a.TemplateName == TextKey.AreaCooperationProcedures).Id;
        var plan = await d.AskInChannelAsync(anna, "plāns");

        // The cooperation procedures area suggests the orphan's court: "New action here" on its list has it chosen.
        var areasCard = (await d.PressAsync(anna, plan, Verbs.Areas)).Card;
        var list = await d.PressAsync(anna, plan, Verbs.ListActions, data => data[CardData.Of]?.GetValue<string>() == ActionLists.OfArea(cooperation));
        var form = await d.PressAsync(anna, list.Card, Verbs.NewAction);
        // Teams sends the inputs' values as shown: the area and the institution the form chose.
        var created = await d.PressAsync(anna, form.Card, Verbs.CreateAction, null,
            (ActionForm.Title, "Sadarbības kārtības pārskats"),
            (ActionForm.Area, CardPress.InputValue(form.Card, ActionForm.Area)),
            (ActionForm.Institution, CardPress.InputValue(form.Card, ActionForm.Institution)),
            (ActionForm.Responsible, ""),
            (ActionForm.Deadline, Today.AddDays(10).ToString("yyyy-MM-dd")));

        Assert.Contains("Ieteicamā atbildīgā iestāde: Bāriņtiesa", CardTexts.Of(areasCard));
        Assert.Equal(court, CardPress.InputValue(form.Card, ActionForm.Institution));
        Assert.Equal(cooperation, CardPress.InputValue(form.Card, ActionForm.Area));
        Assert.Equal([janis.AadObjectId], (await store.FindActionAsync(key, PlanDriver.NumberOn(created.Card), default))!.Responsible);

        // A chair makes the social service the area's suggestion.
        var choosing = await d.PressAsync(anna, areasCard, Verbs.ChooseAreaInstitution, data => data[CardData.Area]!.GetValue<string>() == cooperation);
        var changed = await d.PressAsync(anna, choosing.Card, Verbs.SetAreaInstitution, null,
            (AreasCard.InstitutionInput(cooperation), nameof(TextKey.InstitutionSocialService)));

        Assert.Contains("Ieteicamā atbildīgā iestāde: Sociālais dienests", CardTexts.Of(changed.Card));
        Assert.Equal(nameof(TextKey.InstitutionSocialService), (await store.FindPlanAsync(key, default))!.Find(cooperation)!.Institution);
    }
}
