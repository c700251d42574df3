using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The minutes card's inputs and how a submission changes a draft. An input the submission does not carry leaves its
/// part as it was; every text is checked for its length and, all together, for personal codes. With a problem comes
/// the draft as filled in (to show again), or as it was when the submission could not be read.
/// </summary>
public static class MinutesForm
{
    public const string Notes = "minutes.notes";
    public const string Revision = "rev";

    /// <summary>The people whose attendance the chair sets, and what to (a <see cref="Presence"/>'s name).</summary>
    public const string Mark = "minutes.mark";
    public const string MarkAs = "minutes.as";

    public static string By(string person) => "minutes.by." + person;

    public static string Outcome(int action) => $"minutes.outcome.{action}";

    public static string Note(int action) => $"minutes.note.{action}";

    public static (Minutes Minutes, TextKey? Problem) Read(
        CardInput input,
        Minutes draft,
        IReadOnlyList<Member> members
    )
    {
        var known = members.Select(m => m.AadObjectId).ToHashSet();
        var presence = draft.Presence.ToDictionary(p => p.Person);
        var marked = input.List(Mark);
        if (marked.Count > 0)
        {
            if (NameOf<Presence>(input.String(MarkAs)) is not { } kind)
            {
                return (draft, TextKey.ProblemMinutesUnreadable);
            }

            if (marked.Any(p => !known.Contains(p)))
            {
                return (draft, TextKey.ProblemPresenceNotMember);
            }

            foreach (var person in marked)
            {
                presence[person] = new PresenceLine(person, kind);
            }
        }

        foreach (var line in presence.Values.Where(p => p.Presence == Presence.Represented).ToList())
        {
            presence[line.Person] = line with { By = input.String(By(line.Person))?.Trim() ?? line.By };
        }

        var outcomes = new List<OutcomeLine>();
        foreach (var line in draft.Outcomes)
        {
            var chosen = input.String(Outcome(line.Action));
            var outcome = NameOf<Outcome>(chosen);
            if (chosen is not null && outcome is null)
            {
                return (draft, TextKey.ProblemMinutesUnreadable);
            }

            outcomes.Add(
                line with
                {
                    Outcome = outcome ?? line.Outcome,
                    Note = input.String(Note(line.Action))?.Trim() ?? line.Note,
                }
            );
        }

        var changed = draft with
        {
            Presence = [.. presence.Values.Where(p => p.Presence != Presence.Absent)],
            Outcomes = outcomes,
            Notes = input.String(Notes)?.Trim() ?? draft.Notes,
        };
        return (changed, Problem(changed));
    }

    /// <summary>The value a card's choice names, by its name only (not a number, not several).</summary>
    private static T? NameOf<T>(string? chosen)
        where T : struct, Enum => Enum.GetNames<T>().Contains(chosen) ? Enum.Parse<T>(chosen!) : null;

    private static TextKey? Problem(Minutes minutes)
    {
        var bys = minutes.Presence.Select(p => p.By).ToList();
        var notes = minutes.Outcomes.Select(o => o.Note).ToList();
        if (
            minutes.Notes.Length > FreeText.MinutesNotes
            || bys.Any(b => b.Length > FreeText.RepresentedBy)
            || notes.Any(n => n.Length > FreeText.OutcomeNote)
        )
        {
            return TextKey.ProblemMinutesTooLong;
        }

        return FreeText.HasPersonalCode([minutes.Notes, .. bys, .. notes]) ? TextKey.ProblemPersonalData : null;
    }
}
