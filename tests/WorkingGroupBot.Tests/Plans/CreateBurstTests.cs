using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>A create never fails for contention alone: every conflict it meets is another create committing first.</summary>
[Collection(BotCollection.Name)]
public sealed class CreateBurstTests(BotFixture fixture)
{
    private const int AtOnce = 40;

    [Fact]
    public async Task Forty_creates_at_once_in_one_group_all_succeed_each_with_a_number_of_its_own()
    {
        var d = new PlanDriver(fixture.Bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        var titles = Enumerable.Range(1, AtOnce).Select(i => $"Vienlaicīgs {i}").ToList();

        // A form each, fetched first, so that the creates meet at the store together.
        var forms = new List<JsonObject>();
        foreach (var _ in titles)
        {
            forms.Add(await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums"));
        }

        var answers = await Task.WhenAll(titles.Zip(forms, (title, form) => d.PressAsync(d.World.Anna, form, Verbs.CreateAction, null,
            (ActionForm.Title, title), (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Janis.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.AddDays(9).ToString("yyyy-MM-dd")))));

        Assert.All(answers, a => Assert.Contains("Uzdevums pievienots plānam", a.CardText));
        var plans = fixture.Bot.Services.GetRequiredService<IPlanStore>();
        var stored = await plans.ListActionsAsync(new GroupKey(d.World.TenantId, d.World.TeamId), default);
        Assert.Equal(titles.Order(), stored.Select(a => a.Title).Order());
        Assert.Equal(Enumerable.Range(1, AtOnce), stored.Select(a => a.Number).Order());
    }
}
