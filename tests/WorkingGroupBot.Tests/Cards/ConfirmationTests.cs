using System.Text.Json.Nodes;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Cards;

/// <summary>What cannot simply be undone is asked for twice: its button opens a question, and only the button under it acts.</summary>
public sealed class ConfirmationTests
{
    private static readonly TextSet Texts = TextSet.For(Language.Latvian);
    private static readonly Member Chair = Build.Chair("anna");

    public static TheoryData<string> Destructive => new() { "cancel action", Verbs.CancelMeeting, Verbs.EndSeries, Verbs.StepDown };

    [Theory]
    [MemberData(nameof(Destructive))]
    public void A_destructive_button_only_opens_a_question_and_the_confirming_button_acts(string what)
    {
        var (card, isIt) = CardWith(what);

        var everywhere = Executes(card).Where(isIt).ToList();
        var confirming = ShowCards(card).SelectMany(s => Executes(s["card"]!.AsObject())).Where(isIt).Distinct().ToList(); // behind "More…" too

        Assert.NotEmpty(everywhere);
        Assert.Equal(everywhere.Count, confirming.Count);
        Assert.All(confirming, e => Assert.Equal("destructive", e["style"]?.GetValue<string>()));
    }

    private static (JsonObject Card, Func<JsonObject, bool> IsIt) CardWith(string what)
    {
        bool Verb(JsonObject e, string verb) => e["verb"]?.GetValue<string>() == verb;
        var meeting = new Meeting("s1", Build.Today.AddDays(7), DateTimeOffset.UnixEpoch.AddDays(20_000), DateTimeOffset.UnixEpoch.AddDays(20_000).AddHours(2), "Sanāksme", "Zāle", Moved: false);
        return what switch
        {
            "cancel action" => (
                ActionCard.Build(Texts, new ActionView(Build.Group(), Build.Action(), new Plan([]), [Chair], Chair, Build.Today), []),
                e => Verb(e, Verbs.SetStatus) && e["data"]?["status"]?.GetValue<string>() == nameof(ActionStatus.Cancelled)),
            Verbs.StepDown => (MembersCard.Build(Texts, new(Build.Group(), Chair), [Chair], [], null), e => Verb(e, Verbs.StepDown)),
            _ => (MeetingsCard.Build(Texts, Build.Group(), [(meeting, 1)], null, viewerIsChair: true), e => Verb(e, what)),
        };
    }

    private static IEnumerable<JsonObject> Executes(JsonNode node) =>
        Nodes(node).Where(n => n["type"]?.GetValue<string>() == "Action.Execute");

    private static IEnumerable<JsonObject> ShowCards(JsonNode node) =>
        Nodes(node).Where(n => n["type"]?.GetValue<string>() == "Action.ShowCard");

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.Select(p => p.Value).SelectMany(Nodes)],
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };
}
