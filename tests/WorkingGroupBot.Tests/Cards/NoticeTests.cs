using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;

namespace WorkingGroupBot.Tests.Cards;

public sealed class NoticeTests
{
    [Theory]
    [InlineData(false, "good", "✓ Piezīme pievienota")]
    [InlineData(true, "attention", "⚠ Piezīme pievienota")]
    public void A_notice_is_marked_by_a_sign_in_the_cards_own_text_colour_not_by_colour_alone(bool problem, string style, string text)
    {
        var block = Assert.Single(Notices.Block(new Notice("Piezīme pievienota", problem))).AsObject();

        Assert.Equal(style, block["style"]!.GetValue<string>());
        var line = block["items"]![0]!.AsObject();
        Assert.Equal(text, line["text"]!.GetValue<string>());
        Assert.False(line.ContainsKey("color"));
    }

    [Fact]
    public void No_notice_adds_nothing() => Assert.Empty(Notices.Block(null));
}
