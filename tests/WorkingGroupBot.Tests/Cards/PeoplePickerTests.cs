using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Members;
using WorkingGroupBot.Tests.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Cards;

public sealed class PeoplePickerTests
{
    private static readonly TextSet English = TextSet.For(Language.English);

    private static IReadOnlyList<Member> Roster(int count) =>
        Enumerable.Range(0, count).Select(i => Build.Member("m" + i, i == 0 ? MemberRole.Chair : MemberRole.Member)).ToList();

    private static string[] Listed(JsonObject picker) => [.. picker["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];

    [Fact]
    public void A_group_of_up_to_fifty_lists_everyone_for_clients_without_type_ahead_search()
    {
        var picker = PeoplePicker.Input(English, "who", "Who", "19:g", Roster(50), ["m7"]);

        Assert.Equal(50, Listed(picker).Length);
        Assert.Null(picker["choices.data"]);
        Assert.Equal("m7", picker["value"]!.GetValue<string>());
    }

    [Fact]
    public void A_larger_group_is_searched_and_lists_only_the_chosen_people_and_the_chairs()
    {
        var picker = PeoplePicker.Input(English, "who", "Who", "19:g", Roster(51), ["m7", "m9", "stranger"]);

        Assert.Equal(["m7", "m9", "m0"], Listed(picker));
        Assert.Equal("m7,m9", picker["value"]!.GetValue<string>());
        Assert.Equal("filtered", picker["style"]!.GetValue<string>());
        Assert.Equal("Data.Query", picker["choices.data"]!["type"]!.GetValue<string>());
        Assert.Equal("19:g", PeoplePicker.GroupOf(picker["choices.data"]!["dataset"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("members:")]
    [InlineData("npm")]
    public void A_dataset_that_is_not_a_pickers_names_no_group(string? dataset) => Assert.Null(PeoplePicker.GroupOf(dataset));
}
