using System.Text;
using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Tests.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Cards;

/// <summary>Teams refuses messages over about 28 KB: the biggest cards, with the longest texts allowed, stay well under.</summary>
public sealed class CardSizeTests
{
    private const int TeamsLimitBytes = 28 * 1024;

    public static TheoryData<Language> Languages => new(Enum.GetValues<Language>());

    private static readonly string LongTitle = new('Ž', ActionDraftValidator.MaxTitle);

    private static (Plan Plan, IReadOnlyList<Member> Members, IReadOnlyList<ActionItem> Actions) BigGroup()
    {
        var plan = new Plan(Enumerable.Range(0, 20).Select(i => new Area { Id = "a" + i, Name = new string('Ā', 100), Order = i }).ToList());
        var members = Enumerable.Range(0, 80).Select(i => Build.Member("member" + i, i < 3 ? MemberRole.Chair : MemberRole.Member) with
        {
            Identity = new TeamsIdentity { AadObjectId = "member" + i, TeamsUserId = "29:" + new string('x', 60), Name = new string('Ņ', 60) },
        }).ToList();
        var actions = Enumerable.Range(1, 50).Select(i => Build.Action(i, dueInDays: i - 10, area: "a" + (i % 20), responsible: ["member0", "member1", "member2"]) with
        {
            Title = LongTitle,
            Description = new string('š', ActionDraftValidator.MaxDescription),
        }).ToList();
        return (plan, members, actions);
    }

    private static void AssertFits(JsonObject card)
    {
        var bytes = Encoding.UTF8.GetByteCount(AdaptiveCard.ToJson(card));
        Assert.True(bytes < TeamsLimitBytes, $"{card["body"]![0]!["text"]}: {bytes} bytes");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void My_actions_with_fifty_long_actions_fits_one_message(Language language)
    {
        var (plan, members, actions) = BigGroup();
        var viewer = members[0];
        var views = actions.Select(a => new ActionView(Build.Group(), a, plan, members, viewer, Build.Today)).ToList();

        AssertFits(MyActionsCard.Build(WorkingGroupBot.Texts.Texts.For(language), views, page: 0, showGroups: true));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_plan_of_a_big_group_fits_one_message(Language language)
    {
        var (plan, members, actions) = BigGroup();

        AssertFits(PlanCard.Build(WorkingGroupBot.Texts.Texts.For(language), Build.Group(), PlanSummary.Build(plan, actions, members, Build.Today), viewerIsChair: true));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_action_card_with_long_notes_and_the_form_for_a_big_group_fit_one_message(Language language)
    {
        var (plan, members, actions) = BigGroup();
        var texts = WorkingGroupBot.Texts.Texts.For(language);
        var view = new ActionView(Build.Group(), actions[0], plan, members, members[0], Build.Today);
        var notes = Enumerable.Range(0, 30).Select(i => new LogEntry { Kind = LogKind.Note, AuthorId = "m", AuthorName = new string('Ņ', 60), At = DateTimeOffset.UnixEpoch, Note = new string('ē', 1000) }).ToList();

        Assert.Multiple(
            () => AssertFits(ActionCard.Build(texts, view, notes)),
            () => AssertFits(HistoryCard.Build(texts, view, notes)),
            () => AssertFits(ActionFormCard.Build(texts, Build.Group(), plan, members, ActionFormCard.From(actions[0]), Build.Today, [])));
    }
}
