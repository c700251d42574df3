using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Testing;
using WorkingGroupBot.Tests.Chaos;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;

namespace WorkingGroupBot.Tests.Plans;

/// <summary>
/// What a turn costs in storage requests, seen from a proxy in front of the storage: a turn reads its group once (one
/// query of its partition), a change is written once, and its answer is built from what the turn has, not read back
/// after the write.
/// </summary>
public sealed class WriteRoundTripTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string prefix = ReminderFixture.NewTablePrefix();
    private FlakyTableProxy proxy = null!;
    private LoopbackConnector connector = null!;
    private BotHost bot = null!;
    private PlanDriver d = null!;

    public async Task InitializeAsync()
    {
        proxy = await FlakyTableProxy.StartAsync(DevStorage.EndpointOf(Azurite.Shared.ConnectionString));
        connector = await LoopbackConnector.StartAsync();
        bot = await BotHost.StartAsync(proxy.ConnectionString, ChaosSettings.Quiet("--Tables:TablePrefix", prefix, "--Reminders:Enabled", "false"));
        d = new PlanDriver(bot, connector, new TeamsWorld(connector));
        await d.SetUpAsync();
    }

    /// <summary>The storage requests <paramref name="turn"/> made.</summary>
    private async Task<IReadOnlyList<string>> RequestsOfAsync(Func<Task> turn)
    {
        var before = proxy.Requests.Count;
        await turn();
        var requests = proxy.Requests.Skip(before).ToList();
        output.WriteLine(string.Join(Environment.NewLine, requests));
        return requests;
    }

    private static bool IsWrite(string request) => !request.StartsWith("GET ", StringComparison.Ordinal);

    [Fact]
    public async Task A_status_press_that_moves_no_reminder_is_one_write_and_nothing_is_read_after_it()
    {
        var created = await d.CreateActionAsync(d.World.Anna, "Informatīvs materiāls vecākiem", [d.World.Janis], PlanDriver.Today.AddDays(14));
        InvokeAnswer answer = null!;

        var requests = await RequestsOfAsync(async () =>
            answer = await d.PressAsync(d.World.Janis, created.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == nameof(ActionStatus.InProgress)));

        Assert.Contains("Statuss nomainīts: “procesā”", answer.CardText);
        Assert.Single(requests, IsWrite);
        Assert.True(IsWrite(requests[^1]), $"read after the write: {requests[^1]}");
    }

    [Fact]
    public async Task A_new_action_is_a_promise_its_transaction_and_its_reminders_and_no_read_of_its_form_id()
    // (and, the first time the bot writes to the person it is given to, their personal chat remembered)
    {
        var form = await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums");
        InvokeAnswer answer = null!;

        var requests = await RequestsOfAsync(async () => answer = await d.PressAsync(d.World.Anna, form, Verbs.CreateAction, null,
            (ActionForm.Title, "Vienreiz"), (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Janis.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.AddDays(7).ToString("yyyy-MM-dd"))));

        Assert.Contains("Vienreiz", answer.CardText);
        Assert.Equal(3, requests.Count(r => IsWrite(r) && !r.Contains("People", StringComparison.Ordinal)));
        Assert.Single(requests, r => IsWrite(r) && r.Contains("People", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.Contains("submit|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task My_actions_in_a_personal_chat_is_three_requests_the_person_their_group_and_its_partition()
    {
        await d.CreateActionAsync(d.World.Anna, "Informatīvs materiāls vecākiem", [d.World.Janis], PlanDriver.Today.AddDays(14));
        JsonObject list = null!;

        var requests = await RequestsOfAsync(async () => list = await d.AskPersonallyAsync(d.World.Janis, "mani uzdevumi"));

        Assert.Contains("Informatīvs materiāls vecākiem", CardTexts.Of(list));
        Assert.True(requests.Count <= 3, $"{requests.Count} requests");
        Assert.DoesNotContain(requests, IsWrite);
    }

    [Fact]
    public async Task A_status_press_in_a_channel_is_at_most_four_requests_in_all_and_one_read_of_the_plan()
    {
        var created = await d.CreateActionAsync(d.World.Anna, "Informatīvs materiāls vecākiem", [d.World.Janis], PlanDriver.Today.AddDays(14));

        var data = CardPress.DataOf(created.Card, Verbs.SetStatus, x => x["status"]!.GetValue<string>() == nameof(ActionStatus.InProgress));

        var requests = await RequestsOfAsync(() => bot.InvokeAsync(d.World.ChannelInvoke(d.World.Janis, data)));

        Assert.True(requests.Count <= 4, $"{requests.Count} requests");
        Assert.Single(requests, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("Plans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_action_from_the_form_in_a_channel_is_at_most_five_requests_in_all_and_a_read_of_the_person_told()
    {
        var form = await d.AskInChannelAsync(d.World.Anna, "jauns uzdevums");

        var data = CardPress.DataOf(form, Verbs.CreateAction).With(
            (ActionForm.Title, "Vienreiz"), (ActionForm.Area, CardPress.ChoicesOf(form, ActionForm.Area).Keys.First()),
            (ActionForm.Responsible, d.World.Janis.AadObjectId), (ActionForm.Deadline, PlanDriver.Today.AddDays(7).ToString("yyyy-MM-dd")));
        await bot.InvokeAsync(d.World.ChannelInvoke(d.World.Anna, data.DeepClone().AsObject()
            .With((ActionForm.Title, "Pirmais"), (CardData.Submission, "first")))); // the person's time zone is known now

        var requests = await RequestsOfAsync(() => bot.InvokeAsync(d.World.ChannelInvoke(d.World.Anna, data)));

        Assert.True(requests.Count(r => !r.Contains("People", StringComparison.Ordinal)) <= 5, $"{requests.Count} requests");
        Assert.Single(requests, r => r.Contains("People", StringComparison.Ordinal)); // Jānis's personal chat and language
    }

    [Fact]
    public async Task A_sweep_sends_each_reminder_for_at_most_four_requests_reading_each_group_and_person_once()
    {
        TestUser[] responsible = [d.World.Anna, d.World.Janis, d.World.Liga];
        foreach (var person in responsible)
        {
            await d.CreateActionAsync(d.World.Anna, $"Pirmais {person.Name}", [person], PlanDriver.Today);
        }

        await bot.SweepAsync(); // opens and stores each person's chat, as happens once per person
        for (var i = 0; i < 12; i++)
        {
            await d.CreateActionAsync(d.World.Anna, $"Uzdevums {i}", [responsible[i % 3]], PlanDriver.Today);
        }

        SweepResult result = null!;
        var requests = await RequestsOfAsync(async () => result = await bot.SweepAsync());

        Assert.Equal(12, result.Sent);
        Assert.True(requests.Count <= 4 * result.Sent, $"{requests.Count} requests for {result.Sent} reminders");
        Assert.Single(requests, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("Plans", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
        await proxy.DisposeAsync();
    }
}
