using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Cards;

/// <summary>The card validator finds what Teams would not render as built, and a broken card the bot sends fails the test.</summary>
public sealed class CardValidationTests
{
    private static JsonObject Card(params JsonNode[] body) => AdaptiveCard.Create(body);

    private static JsonObject Input(string type, string? id, string? label) => new JsonObject { ["type"] = type }
        .With("id", id is null ? null : JsonValue.Create(id))
        .With("label", label is null ? null : JsonValue.Create(label));

    public static TheoryData<string, string> BrokenCards => new()
    {
        { """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Table2","rows":[]}]}""", "Unknown element type \"Table2\"" },
        { """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Http","title":"Go"}]}""", "Unknown action type \"Action.Http\"" },
        { """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"Good"}]}""", "unknown property \"colour\" on TextBlock" },
        { """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","weight":"Heavy"}]}""", "Invalid value \"Heavy\" for property \"weight\"" },
        { """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"A"},{"type":"Input.Date","id":"a","label":"B"}]}""", "id \"a\" is used twice" },
        { """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","label":"A"}]}""", "Input.Text has no id" },
        { """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"note"}]}""", "Input.Text \"note\" has no label" },
        { """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.ShowCard","title":"More","card":{"type":"AdaptiveCard","body":[{"type":"Input.Toggle","id":"t","title":"T"}]}}]}""", "Input.Toggle \"t\" has no label" },
        { """{"type":"AdaptiveCard","version":"1.6","body":[]}""", "version 1.6 is above 1.5" },
        { """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"A","labelPosition":"inline"}]}""", "Property \"labelPosition\" is supported in version 1.6" },
        { """{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Submit","title":"1"},{"type":"Action.Submit","title":"2"},{"type":"Action.Submit","title":"3"},{"type":"Action.Submit","title":"4"},{"type":"Action.Submit","title":"5"},{"type":"Action.Submit","title":"6"},{"type":"Action.Submit","title":"7"}]}""", "Maximum number of actions exceeded (6)" },
    };

    [Theory]
    [MemberData(nameof(BrokenCards))]
    public void A_broken_card_is_refused_with_the_reason(string card, string expected)
    {
        var problems = CardValidator.Shared.Check(JsonNode.Parse(card)!.AsObject());

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Teams_type_ahead_search_is_accepted_in_a_version_1_5_card_only_with_a_dataset()
    {
        const string Search = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","id":"who","label":"Who","isMultiSelect":true,"style":"filtered","choices":[{"title":"Anna","value":"a"}],"choices.data":QUERY}]}""";

        Assert.Empty(CardValidator.Shared.Check(JsonNode.Parse(Search.Replace("QUERY", """{"type":"Data.Query","dataset":"members:19:x"}"""))!.AsObject()));
        Assert.Contains(CardValidator.Shared.Check(JsonNode.Parse(Search.Replace("QUERY", """{"type":"Data.Query"}"""))!.AsObject()), p => p.Contains("choices.data must be a Data.Query with a dataset", StringComparison.Ordinal));
        Assert.Contains(CardValidator.Shared.Check(JsonNode.Parse(Search.Replace("QUERY", """{"type":"Data.Query","dataset":"x","filter":"y"}"""))!.AsObject()), p => p.Contains("unknown property \"filter\" on Data.Query", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_over_the_teams_message_limit_is_refused()
    {
        var card = Card([.. Enumerable.Range(0, 30).Select(_ => (JsonNode)AdaptiveCard.Text(new string('ž', 500)))]);

        Assert.Contains(CardValidator.Shared.Check(card), p => p.Contains("Teams takes messages under 28672", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_built_with_the_card_helpers_is_valid()
    {
        var card = AdaptiveCard.Create(
            [AdaptiveCard.Heading("Sveiki"), CardInputs.Text("note", "Piezīme"), CardInputs.Date("due", "Termiņš", null, null)],
            [AdaptiveCard.Execute("Saglabāt", "save", primary: true), AdaptiveCard.ShowCard("Vairāk", [CardInputs.Text("why", "Kāpēc")], [AdaptiveCard.Submit("Labi", "ok")])]);
        AdaptiveCard.RefreshFor(card, ["29:a"], "refresh", new JsonObject { ["action"] = 1 });

        Assert.Empty(CardValidator.Shared.Check(card));
    }

    [Fact]
    public async Task A_broken_card_the_bot_sends_fails_the_test_that_reads_what_was_sent()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var http = new HttpClient();
        var broken = Card(Input("Input.Text", "note", label: null));
        var reply = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = AdaptiveCard.ContentType, ["content"] = broken }),
        };

        var sent = await http.PostAsJsonAsync(connector.Url + "v3/conversations/a:chat/activities/activity-1", reply);

        Assert.True(sent.IsSuccessStatusCode);
        var failure = Assert.Throws<Xunit.Sdk.XunitException>(() => connector.Calls);
        Assert.Contains("reply to a:chat", failure.Message);
        Assert.Contains("Input.Text \"note\" has no label", failure.Message);
        Assert.Single(connector.Calls); // reported once, to the test that was running
    }

    [Fact]
    public void A_broken_card_in_an_invoke_answer_fails_at_once()
    {
        var failure = Assert.Throws<Xunit.Sdk.XunitException>(() =>
            SentCards.AssertValid(Card(Input("Input.Date", null, "Termiņš")), "answer to the button 'save'"));

        Assert.Contains("Input.Date has no id", failure.Message);
    }
}
