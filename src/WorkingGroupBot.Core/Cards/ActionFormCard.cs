using System.Text.Json.Nodes;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Cards;

/// <summary>
/// The chairs' form to create or edit an action: areas and people come from the group, problems show inline. A new
/// action's form carries its submission id; an edit form carries the state of the action it was built from.
/// </summary>
public static class ActionFormCard
{
    public static JsonObject Build(
        Texts.Texts texts, Group group, Plan plan, IReadOnlyList<Member> roster, ActionDraft draft, DateOnly today,
        IReadOnlyList<FormProblem> problems, EditBase? editing = null, Notice? notice = null)
    {
        string? ProblemAt(string input) => problems.FirstOrDefault(p => p.Input == input) is { } p ? texts[p.Problem] : null;

        var areas = plan.ActiveAreas.Select(a => (a.DisplayName(texts), a.Id));
        var people = roster.Where(m => m.InRoster).OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => (m.Name, m.AadObjectId));
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
            AdaptiveCard.Heading(editing is { } e ? texts.Format(TextKey.EditActionTitle, e.Number) : texts[TextKey.NewActionTitle]),
            .. Notices.Block(notice),
            .. problems.Select(p => AdaptiveCard.Attention(texts[p.Problem])).DistinctBy(p => p.ToJsonString()),
            CardInputs.Text(ActionForm.Title, texts[TextKey.FieldTitle], draft.Title, maxLength: ActionDraftValidator.MaxTitle, required: true, error: ProblemAt(ActionForm.Title) ?? texts[TextKey.ProblemTitleMissing]),
            CardInputs.Text(ActionForm.Description, texts[TextKey.FieldDescription], draft.Description, multiline: true, maxLength: ActionDraftValidator.MaxDescription),
            CardInputs.Choices(ActionForm.Area, texts[TextKey.FieldArea], areas, EmptyToNull(draft.AreaId), required: true, error: ProblemAt(ActionForm.Area) ?? texts[TextKey.ProblemAreaMissing]),
            CardInputs.Choices(ActionForm.Responsible, texts[TextKey.FieldResponsible], people, EmptyToNull(string.Join(',', draft.Responsible)), multiSelect: true, required: true, error: ProblemAt(ActionForm.Responsible) ?? texts[TextKey.ProblemResponsibleMissing]),
            CardInputs.Date(ActionForm.Deadline, texts[TextKey.FieldDeadline], draft.Deadline, min: today, required: true, error: ProblemAt(ActionForm.Deadline) ?? texts[TextKey.ProblemDeadlineMissing]),
            CardInputs.Time(ActionForm.DeadlineTime, texts[TextKey.FieldDeadlineTime], draft.DeadlineTime),
        ];
        var submit = editing is null
            ? AdaptiveCard.Execute(texts[TextKey.ButtonCreate], Verbs.CreateAction, data, primary: true)
            : AdaptiveCard.Execute(texts[TextKey.ButtonSave], Verbs.SaveAction, data, primary: true);
        return AdaptiveCard.Create(body, [submit]);
    }

    public static ActionDraft From(ActionItem action) => new()
    {
        Title = action.Title,
        Description = action.Description,
        AreaId = action.AreaId,
        Responsible = action.Responsible,
        Deadline = action.Deadline,
        DeadlineTime = action.DeadlineTime,
    };

    private static string? EmptyToNull(string value) => value.Length == 0 ? null : value;
}
