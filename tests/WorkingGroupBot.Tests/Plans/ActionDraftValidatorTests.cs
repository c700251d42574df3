using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Tests.Plans;

public sealed class ActionDraftValidatorTests
{
    private static readonly Plan Plan = Build.Plan("a1", "a2") with
    {
        Areas = [.. Build.Plan("a1").Areas, new Area { Id = "old", Name = "Old", Retired = true, Order = 9 }],
    };

    private static readonly HashSet<string> Roster = ["janis", "liga"];

    private static ActionDraft Valid => new() { Title = "Seminārs", AreaId = "a1", Responsible = ["janis"], Deadline = Build.Today };

    private static IEnumerable<TextKey> Problems(ActionDraft draft, DateOnly? current = null) =>
        ActionDraftValidator.Validate(draft, Plan, Roster, Build.Today, current).Select(p => p.Problem);

    [Fact]
    public void A_complete_draft_due_today_is_valid() => Assert.Empty(Problems(Valid));

    [Fact]
    public void Each_missing_value_is_named() => Assert.Equal(
        [TextKey.ProblemTitleMissing, TextKey.ProblemAreaMissing, TextKey.ProblemResponsibleMissing, TextKey.ProblemDeadlineMissing],
        Problems(new ActionDraft()));

    [Fact]
    public void A_retired_or_unknown_area_is_refused()
    {
        Assert.Contains(TextKey.ProblemAreaMissing, Problems(Valid with { AreaId = "old" }));
        Assert.Contains(TextKey.ProblemAreaMissing, Problems(Valid with { AreaId = "nope" }));
    }

    [Fact]
    public void Responsible_members_must_be_in_the_group() =>
        Assert.Equal([TextKey.ProblemResponsibleNotInGroup], Problems(Valid with { Responsible = ["janis", "stranger"] }));

    [Fact]
    public void At_most_twenty_members_are_responsible_for_one_action()
    {
        var many = Enumerable.Range(0, 21).Select(i => "m" + i).ToList();
        var roster = many.ToHashSet();

        Assert.Empty(ActionDraftValidator.Validate(Valid with { Responsible = many[..20] }, Plan, roster, Build.Today));
        Assert.Equal([TextKey.ProblemTooManyResponsible], ActionDraftValidator.Validate(Valid with { Responsible = many }, Plan, roster, Build.Today).Select(p => p.Problem));
    }

    [Fact]
    public void A_past_deadline_is_refused_unless_it_is_the_one_the_action_already_has()
    {
        var yesterday = Build.Today.AddDays(-1);
        Assert.Equal([TextKey.ProblemDeadlineInPast], Problems(Valid with { Deadline = yesterday }));
        Assert.Empty(Problems(Valid with { Deadline = yesterday }, current: yesterday));
    }

    [Fact]
    public void Too_long_texts_and_personal_codes_are_refused()
    {
        Assert.Equal([TextKey.ProblemTitleTooLong], Problems(Valid with { Title = new string('x', 201) }));
        Assert.Equal([TextKey.ProblemDescriptionTooLong], Problems(Valid with { Description = new string('x', 2001) }));
        Assert.Equal([TextKey.ProblemPersonalData], Problems(Valid with { Description = "bērns 010203-12345" }));
    }
}
