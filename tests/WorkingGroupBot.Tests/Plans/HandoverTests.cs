using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>
/// Handover (nodošana): when someone leaves the team their unfinished actions wait in the plan's Behind section, and a
/// chair gives each to someone else in one press — the institution's deputy first; a chair can hand over anyone's.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class HandoverTests(BotFixture fixture)
{
    private readonly BotHost bot = fixture.Bot;

    private async Task<(PlanDriver Driver, int[] Numbers)> GroupWhereJanisLeftAsync()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld(people: 4));
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        await d.SetUpAsync();
        var institutions = (await d.PressAsync(anna, await d.AskPersonallyAsync(anna, "dalībnieki"), Verbs.Institutions)).Card;
        await d.PressAsync(anna, institutions, Verbs.SaveInstitution, null,
            (InstitutionsCard.Kind, nameof(TextKey.InstitutionSocialService)),
            (InstitutionsCard.Representatives, janis.AadObjectId),
            (InstitutionsCard.Deputy, liga.AadObjectId));
        int[] numbers =
        [
            PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Vecāku vakars", [janis], PlanDriver.Today.AddDays(5))).Card),
            PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Ģimeņu atbalsta grupa", [janis, anna], PlanDriver.Today.AddDays(9))).Card),
        ];
        d.World.Leave(janis);
        await bot.DeliverAsync(d.World.TeamMembersRemoved(anna, janis));
        return (d, numbers);
    }

    private async Task<ActionItem> StoredAsync(PlanDriver d, int number) =>
        (await bot.Services.GetRequiredService<IPlanStore>().FindActionAsync(new GroupKey(d.World.TenantId, d.World.TeamId), number, default))!;

    [Fact]
    public async Task Who_left_is_in_the_plans_behind_section_and_a_chair_hands_each_action_to_the_deputy_in_one_press()
    {
        var (d, numbers) = await GroupWhereJanisLeftAsync();
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);

        var plan = await d.AskInChannelAsync(anna, "plāns");
        var handover = await d.PressAsync(anna, plan, Verbs.Handover);
        var first = await d.PressAsync(anna, handover.Card, Verbs.HandOver, data => data[CardData.Action]!.GetValue<int>() == numbers[0]);

        Assert.Contains("⚠ Jānis Kalniņš pameta grupu: nepabeigti 2 — nodot", CardTexts.Of(plan));
        Assert.Contains("Nodošana: Jānis Kalniņš", handover.CardText);
        Assert.Contains("→ Līga Ozola", handover.CardText);
        Assert.Contains($"#{numbers[0]} nodots: Līga Ozola.", first.CardText);
        Assert.DoesNotContain($"#{numbers[0]} Vecāku vakars", first.CardText.Replace($"#{numbers[0]} nodots", ""));
        Assert.Contains($"#{numbers[1]} Ģimeņu atbalsta grupa", first.CardText);
        Assert.Equal([liga.AadObjectId], (await StoredAsync(d, numbers[0])).Responsible);
        Assert.Contains(fixture.Connector.MessagesTo(LoopbackConnector.OpenedChatWith(liga)), m => m.CardText.Contains($"#{numbers[0]} Vecāku vakars"));
        var log = await bot.Services.GetRequiredService<IPlanStore>().ReadLogAsync(new GroupKey(d.World.TenantId, d.World.TeamId), numbers[0], default);
        var change = Assert.Single(log[^1].Changes);
        Assert.Equal((ActionField.Responsible, janis.AadObjectId, liga.AadObjectId), (change.Field, change.Before, change.After));
        var members = bot.Services.GetRequiredService<IMemberStore>();
        Assert.NotNull(await members.FindAsync(new GroupKey(d.World.TenantId, d.World.TeamId), janis.AadObjectId, default));
    }

    [Fact]
    public async Task The_channel_is_told_who_left_with_unfinished_work_and_the_notice_opens_the_handover()
    {
        var (d, numbers) = await GroupWhereJanisLeftAsync();
        var anna = d.World.Anna;
        var liga = d.World.Liga;

        var notices = fixture.Connector.MessagesTo(d.World.ChannelId).Where(m => m.CardText.Contains("Nodošana:")).ToList();
        var notice = Assert.Single(notices);
        Assert.Contains("Jānis Kalniņš pameta komandu. Nepabeigti uzdevumi, kas jānodod citam: 2. Tos nodod vadītājs.", notice.CardText);
        var handover = await bot.InvokeAsync(d.World.ChannelInvoke(anna, CardPress.DataOf(notice.Card!, Verbs.Handover)));
        Assert.Contains($"#{numbers[0]} Vecāku vakars", handover.CardText);

        d.World.Leave(liga);
        await bot.DeliverAsync(d.World.TeamMembersRemoved(anna, liga));
        Assert.Single(fixture.Connector.MessagesTo(d.World.ChannelId), m => m.CardText.Contains("Nodošana:"));
    }

    [Fact]
    public async Task Someone_else_from_the_picker_takes_over_the_others_stay_responsible_and_a_wrong_choice_changes_nothing()
    {
        var (d, numbers) = await GroupWhereJanisLeftAsync();
        var (anna, janis, peteris) = (d.World.Anna, d.World.Janis, d.World.People[3]);
        var handover = await d.PressAsync(anna, await d.AskInChannelAsync(anna, "plāns"), Verbs.Handover);
        bool Second(JsonObject data) => data[CardData.Action]!.GetValue<int>() == numbers[1] && data[HandoverCard.To] is null;
        var input = HandoverCard.To + "." + numbers[1];

        var toHimself = await d.PressAsync(anna, handover.Card, Verbs.HandOver, Second, (input, janis.AadObjectId));
        var toStranger = await d.PressAsync(anna, handover.Card, Verbs.HandOver, Second, (input, TestUser.Create("Svešinieks").AadObjectId));
        var toPeteris = await d.PressAsync(anna, handover.Card, Verbs.HandOver, Second, (input, peteris.AadObjectId));
        var again = await d.PressAsync(anna, handover.Card, Verbs.HandOver, Second, (input, peteris.AadObjectId));

        Assert.All(new[] { toHimself, toStranger }, a => Assert.Contains("Izvēlieties kādu citu grupas dalībnieku, ne Jānis Kalniņš.", a.CardText));
        Assert.Contains($"#{numbers[1]} nodots: Pēteris Liepa.", toPeteris.CardText);
        Assert.Equal([peteris.AadObjectId, anna.AadObjectId], (await StoredAsync(d, numbers[1])).Responsible);
        Assert.DoesNotContain("nodots", again.CardText);
        Assert.Equal([peteris.AadObjectId, anna.AadObjectId], (await StoredAsync(d, numbers[1])).Responsible);
    }

    [Fact]
    public async Task A_chair_starts_a_handover_from_a_persons_list_and_a_member_cannot_hand_over()
    {
        var d = new PlanDriver(bot, fixture.Connector, fixture.NewWorld());
        var (anna, janis, liga) = (d.World.Anna, d.World.Janis, d.World.Liga);
        await d.SetUpAsync();
        var number = PlanDriver.NumberOn((await d.CreateActionAsync(anna, "Bukleti", [liga], PlanDriver.Today.AddDays(4))).Card);

        var list = await d.PressAsync(anna, await d.AskInChannelAsync(anna, "plāns"), Verbs.ListActions, data => data[CardData.Of]?.GetValue<string>() == ActionLists.OfPerson(liga.AadObjectId));
        var handover = await d.PressAsync(anna, list.Card, Verbs.Handover);
        var forged = await d.SendForgedAsync(janis, new JsonObject
        {
            ["verb"] = Verbs.HandOver, ["group"] = d.World.TeamId, ["action"] = number,
            [CardData.Member] = liga.AadObjectId, [HandoverCard.To] = janis.AadObjectId,
        });

        Assert.Contains("Nodošana: Līga Ozola", handover.CardText);
        Assert.Contains($"#{number} Bukleti", handover.CardText);
        Assert.Equal("To var darīt tikai grupas vadītāji. Nekas netika mainīts.", forged.Text);
        Assert.Equal([liga.AadObjectId], (await StoredAsync(d, number)).Responsible);
    }
}
