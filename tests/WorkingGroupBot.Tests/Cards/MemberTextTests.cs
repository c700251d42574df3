using System.Text.RegularExpressions;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Cards;

/// <summary>Teams reads card text as Markdown; what members write must show as they wrote it, never as a link.</summary>
[Collection(BotCollection.Name)]
public sealed partial class MemberTextTests(BotFixture fixture)
{
    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex MarkdownLink();

    [Fact]
    public async Task A_markdown_link_in_a_note_and_bold_in_a_title_show_as_text_in_the_action_card()
    {
        var d = new PlanDriver(fixture.Bot, fixture.Connector, fixture.NewWorld());
        await d.SetUpAsync();
        var number = PlanDriver.NumberOn((await d.CreateActionAsync(d.World.Anna, "**Svarīgi** bukleti_vecākiem", [d.World.Janis], PlanDriver.Today.AddDays(7))).Card);

        Task<InvokeAnswer> NoteAsync(string note) => d.SendForgedAsync(d.World.Janis, new()
        {
            ["verb"] = Verbs.AddNote, ["group"] = d.World.TeamId, ["action"] = number, [ActionForm.Note] = note,
        });

        await NoteAsync("1. solis: _gatavs_");
        var card = await NoteAsync("[klikšķini](https://evil.example)");

        Assert.Contains(@"\[klikšķini\](https://evil.example)", card.CardText);
        Assert.Contains(@": 1. solis: \_gatavs\_", card.CardText); // "1." is not at the start of a line here: left as it is
        Assert.Contains(@"\*\*Svarīgi\*\* bukleti\_vecākiem", card.CardText);
        Assert.DoesNotMatch(MarkdownLink(), card.CardText);
    }
}
