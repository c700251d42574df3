using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The chairs' form to create or edit an action: areas and people come from the group, problems show inline. A new
/// action's form carries its submission id; an edit form carries the state of the action it was built from.
/// </summary>
public static class ActionFormCard
{
    public static JsonObject Build(
        TextSet texts,
        Group group,
        Plan plan,
        IReadOnlyList<Member> roster,
        IReadOnlyList<Institution> institutions,
        ActionDraft draft,
        DateOnly today,
        IReadOnlyList<FormProblem> problems,
        EditBase? editing = null,
        Notice? notice = null
    )
    {
        string? ProblemAt(string input) =>
            problems.FirstOrDefault(p => p.Input == input) is { } p ? texts[p.Problem] : null;

        var areas = AreaChoices(texts, plan);
        var data = new JsonObject { [CardData.Group] = group.Key.GroupId };
        if (editing is { } edited)
        {
            data[CardData.Action] = edited.Number;
            data[CardData.Revision] = edited.Revision;
            data[CardData.Fingerprint] = edited.Fingerprint;
        }
        else
        {
            data[CardData.Submission] = Submissions.NewId();
        }

        JsonNode[] body =
        [
            AdaptiveCard.Heading(
                editing is { } e ? texts.Format(TextKey.EditActionTitle, e.Number) : texts[TextKey.NewActionTitle]
            ),
            .. Notices.Block(notice),
            .. problems.Select(p => AdaptiveCard.Attention(texts[p.Problem])).DistinctBy(p => p.ToJsonString()),
            CardInputs.Text(
                ActionForm.Title,
                texts[TextKey.FieldTitle],
                draft.Title,
                maxLength: FreeText.ActionTitle,
                required: true,
                error: ProblemAt(ActionForm.Title) ?? texts[TextKey.ProblemTitleMissing]
            ),
            CardInputs.Text(
                ActionForm.Description,
                texts[TextKey.FieldDescription],
                draft.Description,
                multiline: true,
                maxLength: FreeText.ActionDescription
            ),
            CardInputs.Choices(
                ActionForm.Area,
                texts[TextKey.FieldArea],
                areas,
                EmptyToNull(draft.AreaId),
                required: true,
                error: ProblemAt(ActionForm.Area) ?? texts[TextKey.ProblemAreaMissing]
            ),
            PeoplePicker.Input(
                texts,
                ActionForm.Responsible,
                texts[TextKey.FieldResponsible],
                group.Key.GroupId,
                roster,
                (draft.Named ?? draft.Responsible).Take(ActionDraftValidator.MaxResponsible).ToList(),
                // With institutions, an institution alone may be responsible: the check is the bot's.
                required: institutions.Count == 0,
                error: ProblemAt(ActionForm.Responsible) ?? texts[TextKey.ProblemResponsibleMissing]
            ),
            .. institutions.Count == 0
                ? Array.Empty<JsonNode>()
                :
                [
                    CardInputs.Choices(
                        ActionForm.Institution,
                        texts[TextKey.FieldOwningInstitution],
                        Institution
                            .Ordered(institutions, texts)
                            .Select(i => (Formats.Short(i.DisplayName(texts), 100), i.Id)),
                        draft.Institution
                    ),
                ],
            CardInputs.Date(
                ActionForm.Deadline,
                texts[TextKey.FieldDeadline],
                draft.Deadline,
                min: today,
                required: true,
                error: ProblemAt(ActionForm.Deadline) ?? texts[TextKey.ProblemDeadlineMissing]
            ),
            CardInputs.Time(ActionForm.DeadlineTime, texts[TextKey.FieldDeadlineTime], draft.DeadlineTime),
        ];
        var submit = editing is null
            ? AdaptiveCard.Execute(texts[TextKey.ButtonCreate], Verbs.CreateAction, data, primary: true)
            : AdaptiveCard.Execute(texts[TextKey.ButtonSave], Verbs.SaveAction, data, primary: true);
        return AdaptiveCard.Create(body, [submit]);
    }

    /// <summary>The action as the form shows it: with an institution, its picker holds only the people named by name
    /// (the institution brings its representatives).</summary>
    public static ActionDraft From(ActionItem action, IReadOnlyList<Institution>? institutions = null) =>
        new()
        {
            Title = action.Title,
            Description = action.Description,
            AreaId = action.AreaId,
            Responsible = action.Responsible,
            Institution = action.Institution,
            Named = InstitutionActions.NamedOn(action, institutions?.FirstOrDefault(i => i.Id == action.Institution)),
            Deadline = action.Deadline,
            DeadlineTime = action.DeadlineTime,
        };

    /// <summary>The plan's active areas as choices, names cut short: a hundred full names would fill most of a
    /// card.</summary>
    public static IEnumerable<(string, string)> AreaChoices(TextSet texts, Plan plan) =>
        plan.ActiveAreas.Select(a => (Formats.Short(a.DisplayName(texts), MaxAreaChoice), a.Id));

    private const int MaxAreaChoice = 40;

    private static string? EmptyToNull(string value) => value.Length == 0 ? null : value;
}
