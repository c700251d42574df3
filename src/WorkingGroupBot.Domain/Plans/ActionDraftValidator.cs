using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>Checks an action form; each problem names the input it belongs to so the card can show it there.</summary>
public static class ActionDraftValidator
{
    /// <summary>As the texts say ("at most 20"); it also bounds the action's cards and its form's selected
    /// choices.</summary>
    public const int MaxResponsible = 20;

    public static IReadOnlyList<FormProblem> Validate(
        ActionDraft draft,
        Plan plan,
        IReadOnlySet<string> roster,
        DateOnly today,
        DateOnly? currentDeadline = null
    )
    {
        var problems = new List<FormProblem>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            problems.Add(new(ActionForm.Title, TextKey.ProblemTitleMissing));
        }
        else if (draft.Title.Length > FreeText.ActionTitle)
        {
            problems.Add(new(ActionForm.Title, TextKey.ProblemTitleTooLong));
        }

        if (draft.Description.Length > FreeText.ActionDescription)
        {
            problems.Add(new(ActionForm.Description, TextKey.ProblemDescriptionTooLong));
        }

        if (FreeText.HasPersonalCode(draft.Title, draft.Description))
        {
            problems.Add(new(ActionForm.Title, TextKey.ProblemPersonalData));
        }

        if (plan.Find(draft.AreaId) is not { Retired: false })
        {
            problems.Add(new(ActionForm.Area, TextKey.ProblemAreaMissing));
        }

        if (draft.Responsible.Count == 0)
        {
            problems.Add(new(ActionForm.Responsible, TextKey.ProblemResponsibleMissing));
        }
        else if (draft.Responsible.Count > MaxResponsible)
        {
            problems.Add(new(ActionForm.Responsible, TextKey.ProblemTooManyResponsible));
        }
        else if (!draft.Responsible.All(roster.Contains))
        {
            problems.Add(new(ActionForm.Responsible, TextKey.ProblemResponsibleNotInGroup));
        }

        if (draft.Deadline is not { } deadline)
        {
            problems.Add(new(ActionForm.Deadline, TextKey.ProblemDeadlineMissing));
        }
        else if (deadline < today && deadline != currentDeadline)
        {
            problems.Add(new(ActionForm.Deadline, TextKey.ProblemDeadlineInPast));
        }

        return problems;
    }
}

public sealed record FormProblem(string Input, TextKey Problem);
