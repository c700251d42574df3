using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

[Collection(BotCollection.Name)]
public sealed class PlanFlowTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;
    private IPlanStore Plans => bot.Services.GetRequiredService<IPlanStore>();

    private PlanDriver NewGroup() => new(bot, fixture.Connector, fixture.NewWorld());

    private static GroupKey Team(PlanDriver d) => new(d.World.TenantId, d.World.TeamId);

    [Fact]
    public async Task A_chair_starts_the_plan_from_the_template_and_adds_an_action_for_a_member_through_the_card()
    {
        var d = NewGroup();
        var world = d.World;

        var planCard = await d.SetUpAsync();

        Assert.Contains("Prevencijas plāns: " + world.TeamName, CardTexts.Of(planCard));
        Assert.Contains("Speciālistu apmācība", CardTexts.Of(planCard));
        Assert.Contains("Sabiedrības informēšana", CardTexts.Of(planCard));
        Assert.Equal(6, (await Plans.FindPlanAsync(Team(d), default))!.Areas.Count);

        var created = await d.CreateActionAsync(world.Anna, "Apmācība skolotājiem par vardarbības pazīmēm", [world.Janis], PlanDriver.Today.AddDays(30), "Speciālistu apmācība");

        Assert.Contains("Uzdevums pievienots plānam", created.CardText);
        var stored = Assert.Single(await Plans.ListActionsAsync(Team(d), default));
        Assert.Equal("Apmācība skolotājiem par vardarbības pazīmēm", stored.Title);
        Assert.Equal([world.Janis.AadObjectId], stored.Responsible);
        Assert.Equal(PlanDriver.Today.AddDays(30), stored.Deadline);
        Assert.Equal(world.Anna.AadObjectId, stored.CreatedBy);
        Assert.Equal(LogKind.Created, Assert.Single(await Plans.ReadLogAsync(Team(d), stored.Number, default)).Kind);
    }

    [Fact]
    public async Task The_form_lists_the_groups_areas_and_people_in_the_readers_language()
    {
        var d = NewGroup();
        await d.SetUpAsync();

        var form = await d.AskInChannelAsync(d.World.Anna, "new action", locale: "en-US");

        Assert.Contains("Training of professionals", CardPress.ChoicesOf(form, ActionForm.Area).Values);
        Assert.Equal(d.World.People.Select(p => p.Name).Order(), CardPress.ChoicesOf(form, ActionForm.Responsible).Values.Order());
    }

    [Fact]
    public async Task A_form_with_missing_or_past_values_comes_back_with_the_problems_and_stores_nothing()
    {
        var d = NewGroup();
        await d.SetUpAsync();
        var form = await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums");

        var answer = await d.PressAsync(d.World.Anna, form, Verbs.CreateAction, null,
            (ActionForm.Title, "  "),
            (ActionForm.Deadline, PlanDriver.Today.AddDays(-1).ToString("yyyy-MM-dd")));

        Assert.Contains("Norādiet uzdevuma nosaukumu", answer.CardText);
        Assert.Contains("Izvēlieties plāna jomu", answer.CardText);
        Assert.Contains("Izvēlieties vismaz vienu atbildīgo", answer.CardText);
        Assert.Contains("Termiņš ir pagātnē", answer.CardText);
        Assert.True(CardPress.HasButton(answer.Card, Verbs.CreateAction));
        Assert.Empty(await Plans.ListActionsAsync(Team(d), default));
    }

    [Theory]
    [InlineData("Sarunas ar bērnu 010203-12345 vecākiem")]
    [InlineData("Pārbaudīt 01020312345")]
    [InlineData("Lieta 321234-56789")]
    public async Task Text_that_looks_like_a_personal_code_is_refused_with_an_explanation(string title)
    {
        var d = NewGroup();
        await d.SetUpAsync();

        var answer = await d.CreateActionAsync(d.World.Anna, title, [d.World.Janis], PlanDriver.Today.AddDays(3));

        Assert.Contains("nedrīkst būt dati par konkrētām personām", answer.CardText);
        Assert.Empty(await Plans.ListActionsAsync(Team(d), default));
    }

    [Fact]
    public async Task A_member_who_is_not_a_chair_cannot_start_the_plan_or_create_actions_even_with_forged_cards()
    {
        var d = NewGroup();
        var world = d.World;
        await bot.DeliverAsync(world.TeamInstall(by: world.Anna));

        var memberView = await d.AskInChannelAsync(world.Janis, "plāns");
        Assert.False(CardPress.HasButton(memberView, Verbs.StartPlanFromTemplate));
        var forgedStart = await d.SendForgedAsync(world.Janis, new() { ["verb"] = Verbs.StartPlanFromTemplate, ["group"] = world.TeamId });
        Assert.Contains("tikai grupas vadītāji", forgedStart.Text);
        Assert.Null(await Plans.FindPlanAsync(Team(d), default));

        await d.PressAsync(world.Anna, await d.AskInChannelAsync(world.Anna, "plāns"), Verbs.StartPlanFromTemplate);
        var area = (await Plans.FindPlanAsync(Team(d), default))!.Areas[0].Id;
        var forgedCreate = await d.SendForgedAsync(world.Janis, new()
        {
            ["verb"] = Verbs.CreateAction,
            ["group"] = world.TeamId,
            [ActionForm.Title] = "Sev pašam",
            [ActionForm.Area] = area,
            [ActionForm.Responsible] = world.Liga.AadObjectId,
            [ActionForm.Deadline] = PlanDriver.Today.AddDays(5).ToString("yyyy-MM-dd"),
        });

        Assert.Contains("tikai grupas vadītāji", forgedCreate.Text);
        Assert.Empty(await Plans.ListActionsAsync(Team(d), default));
    }

    [Fact]
    public async Task Someone_from_another_tenant_naming_the_group_in_card_data_is_not_let_in()
    {
        var d = NewGroup();
        await d.SetUpAsync();
        var intruder = d.World.InAnotherTenant();

        var answer = await bot.InvokeAsync(intruder.PersonalInvoke(d.World.Anna, new() { ["verb"] = Verbs.Plan, ["group"] = d.World.TeamId }));

        Assert.Contains("neesat šīs darba grupas dalībnieks", answer.Text);
    }

    [Fact]
    public async Task Chairs_add_rename_and_retire_areas_and_retiring_keeps_the_areas_actions()
    {
        var d = NewGroup();
        await d.SetUpAsync();
        await d.CreateActionAsync(d.World.Anna, "Vecāku sapulce", [d.World.Liga], PlanDriver.Today.AddDays(10), "Vecāku izglītošana");

        var areas = await d.PressAsync(d.World.Anna, await d.AskInChannelAsync(d.World.Anna, "plāns"), Verbs.Areas);
        areas = await d.PressAsync(d.World.Anna, areas.Card, Verbs.AddArea, null, (ActionForm.AreaName, "Emocionālā vardarbība"));
        var parents = (await Plans.FindPlanAsync(Team(d), default))!.Areas.Single(a => a.TemplateName == WorkingGroupBot.Texts.TextKey.AreaParentsEducation);
        areas = await d.PressAsync(d.World.Anna, areas.Card, Verbs.RenameArea, x => x["areaId"]!.GetValue<string>() == parents.Id, ($"areaName.{parents.Id}", "Darbs ar vecākiem"));
        await d.PressAsync(d.World.Anna, areas.Card, Verbs.RetireArea, x => x["areaId"]!.GetValue<string>() == parents.Id);

        var plan = (await Plans.FindPlanAsync(Team(d), default))!;
        Assert.Equal(7, plan.Areas.Count);
        Assert.Contains(plan.Areas, a => a.Name == "Emocionālā vardarbība" && !a.Retired);
        Assert.True(plan.Find(parents.Id) is { Name: "Darbs ar vecākiem", Retired: true });
        Assert.Single(await Plans.ListActionsAsync(Team(d), default));
        var overview = CardTexts.Of(await d.AskInChannelAsync(d.World.Anna, "plāns"));
        Assert.Contains("Darbs ar vecākiem (slēgta)", overview);
        Assert.DoesNotContain("Darbs ar vecākiem", CardPress.ChoicesOf(await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums"), ActionForm.Area).Values);
    }

    [Fact]
    public async Task A_plan_of_many_areas_is_shown_a_page_at_a_time_and_a_change_keeps_the_page()
    {
        var d = NewGroup();
        await d.SetUpAsync();
        foreach (var i in Enumerable.Range(1, 24))
        {
            await Plans.SaveAreaAsync(Team(d), new Area { Id = $"extra{i:D2}", Name = $"Joma {i:D2}", Order = 10 + i }, default);
        }

        var overview = await d.AskInChannelAsync(d.World.Anna, "plāns");
        var overviewNext = (await d.PressAsync(d.World.Anna, overview, Verbs.Plan)).Card;
        var areas = (await d.PressAsync(d.World.Anna, overview, Verbs.Areas)).Card;
        var areasNext = (await d.PressAsync(d.World.Anna, areas, Verbs.Areas)).Card;
        var renamed = (await d.PressAsync(d.World.Anna, areasNext, Verbs.RenameArea, x => x["areaId"]!.GetValue<string>() == "extra10", ("areaName.extra10", "Jauns nosaukums"))).Card;

        Assert.Contains($"Lapa 1 no {(PlanTemplate.Areas.Count + 24 + 5) / 6}", CardTexts.Of(overview)); // six areas to a page
        Assert.Contains("Joma 04", CardTexts.Of(overviewNext));
        Assert.DoesNotContain("Joma 04", CardTexts.Of(overview));
        Assert.DoesNotContain("Joma 24", CardTexts.Of(overview));
        Assert.Contains("Lapa 1 no 3", CardTexts.Of(areas));
        Assert.Contains("Lapa 2 no 3", CardTexts.Of(areasNext));
        Assert.Contains("Lapa 2 no 3", CardTexts.Of(renamed));
        Assert.Contains("Jauns nosaukums", CardTexts.Of(renamed));
    }
}
