using WorkingGroupBot.Cards;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>One member's line of the minutes' attendance: name, institution, how they took part, and who represented
/// them.</summary>
public sealed record AttendanceRow(string Name, string Institution, string Presence, string By)
{
    /// <summary>"Represented by a deputy: Name", or the presence alone.</summary>
    public string Taken => By.Length > 0 ? $"{Presence}: {By}" : Presence;
}

/// <summary>One reviewed action's line: "#12 Title", its outcome, the note.</summary>
public sealed record OutcomeRow(string Action, string Outcome, string Note);

/// <summary>
/// Minutes in words, in one language: what the card, the DOCX and the printable page show of them, in the same order
/// (heading, meeting, state, attendance, agenda, actions reviewed, decisions, other notes, next meeting).
/// </summary>
public sealed record MinutesReport(
    string GroupName,
    string Title,
    string Meeting,
    string State,
    IReadOnlyList<AttendanceRow> Attendance,
    IReadOnlyList<MinutesSection> Agenda,
    IReadOnlyList<OutcomeRow> Outcomes,
    IReadOnlyList<string> Decisions,
    string Notes,
    string Next
)
{
    public static MinutesReport Of(
        TextSet texts,
        Group group,
        Minutes minutes,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions
    )
    {
        string NameOf(string id) => Formats.NameOf(members, id);
        var attendance = minutes
            .Presence.OrderBy(p => p.Presence)
            .ThenBy(p => NameOf(p.Person), StringComparer.Create(texts.Language.Culture(), ignoreCase: true))
            .Select(p => new AttendanceRow(
                NameOf(p.Person),
                Institution.Of(institutions, p.Person)?.DisplayName(texts) ?? "",
                MinutesTexts.Presence(texts, p.Presence),
                p.Presence == Presence.Represented ? p.By : ""
            ))
            .ToList();
        return new MinutesReport(
            group.Name,
            texts.Format(TextKey.MinutesDocTitle, group.Name),
            $"{minutes.Title}, {MinutesTexts.When(texts, group, minutes)}",
            MinutesTexts.State(texts, minutes, group.TimeZone),
            attendance,
            minutes.Agenda,
            minutes
                .Outcomes.Select(o => new OutcomeRow(
                    $"#{o.Action} {o.Title}",
                    MinutesTexts.Outcome(texts, o.Outcome),
                    o.Note
                ))
                .ToList(),
            minutes.Decisions.Select(d => Decision(texts, d)).ToList(),
            minutes.Notes,
            MinutesTexts.Next(texts, group, minutes)
        );
    }

    /// <summary>"Text → #12 · Anna, Jānis · Fri 15 Jan 2027", or the text alone when it became no action.</summary>
    private static string Decision(TextSet texts, MinutesDecision decision) =>
        decision.Action is { } number
            ? string.Join(
                " · ",
                new[]
                {
                    $"{decision.Text} → #{number}",
                    decision.Owners,
                    decision.Deadline is { } d ? Formats.Day(texts, d) : "",
                }.Where(s => s.Length > 0)
            )
            : decision.Text;
}
