using System.Text.RegularExpressions;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;
using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Tests.Cards;

/// <summary>Teams reads card text as Markdown; a link a member writes must show as they wrote it, never as a link.</summary>
[Collection(BotCollection.Name)]
public sealed partial class MemberTextTests(BotFixture fixture)
{
    [GeneratedRegex(@"\[[^\]]*\]\(")]
    private static partial Regex MarkdownLink();

    [Fact]
    public async Task A_markdown_link_in_a_note_or_a_title_shows_as_text_not_as_a_link()
    {
        var d = new PlanDriver(fixture.Bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        var created = await d.CreateActionAsync(d.World.Anna, "Bukleti [lejupielādēt](https://evil.example/a)", [d.World.Janis], PlanDriver.Today.AddDays(7));

        var card = await d.SendForgedAsync(d.World.Janis, new()
        {
            ["verb"] = Verbs.AddNote, ["group"] = d.World.TeamId, ["action"] = PlanDriver.NumberOn(created.Card), [ActionForm.Note] = "[klikšķini](https://evil.example)",
        });

        Assert.Contains("[klikšķini]\u200B(https://evil.example)", card.CardText);
        Assert.Contains("Bukleti [lejupielādēt]\u200B(https://evil.example/a)", card.CardText);
        Assert.DoesNotMatch(MarkdownLink(), card.CardText);
        Assert.DoesNotMatch(MarkdownLink(), created.CardText);
    }

    [Fact]
    public async Task An_unknown_command_is_echoed_without_its_link()
    {
        var d = new PlanDriver(fixture.Bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();

        await fixture.Bot.DeliverAsync(d.World.PersonalMessage(d.World.Janis, "[atvērt](https://evil.example)"));

        var echo = fixture.Connector.MessagesTo(TeamsWorld.PersonalChatId(d.World.Janis))[^1].CardText;
        Assert.Contains("[atvērt]\u200B(https://evil.example)", echo);
        Assert.DoesNotMatch(MarkdownLink(), echo);
    }
}
