using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// A meeting's minutes. A chair gets a draft as a form: attendance (filled in from the notice's answers, changed by
/// choosing people and what they were), who represented whom, each reviewed action's outcome with a note, the
/// decisions recorded, other notes and the next meeting; Save, Approve (asking first), and Decisions to record more.
/// Approved minutes read in short as the document does in full, with Download and, for chairs, Correct.
/// </summary>
public static class MinutesCard
{
    private const int MaxNames = 20;

    /// <summary>Outcomes are asked a page at a time; turning the page saves the one shown.</summary>
    private const int OutcomesPerPage = 8;
    private const int MaxLines = 10;

    /// <summary>Who represented whom is asked for this many people at most (a meeting rarely has more).</summary>
    private const int MaxRepresented = 10;

    public static JsonObject Build(
        TextSet texts,
        Group group,
        Minutes minutes,
        MeetingRecord record,
        IReadOnlyList<Member> members,
        IReadOnlyList<Institution> institutions,
        Notice? notice = null,
        int? page = null
    )
    {
        var paging = Paging.Of(minutes.Outcomes.Count, OutcomesPerPage, page);
        var data = Data(group, minutes);
        data[CardData.Page] = paging.Page;
        var represented = minutes.Presence.Where(p => p.Presence == Presence.Represented).Take(MaxRepresented);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MinutesTitle, minutes.Title)),
            AdaptiveCard.Text(MinutesTexts.When(texts, group, minutes), subtle: true),
            AdaptiveCard.Text(MinutesTexts.State(texts, minutes, group.TimeZone), subtle: true),
            .. Notices.Block(notice),
            AdaptiveCard.Subheading(texts[TextKey.MinutesAttendance]),
            AdaptiveCard.Text(texts[TextKey.MinutesAttendanceHint], subtle: true),
            AdaptiveCard.Facts(Attendance(texts, minutes.Presence, members)),
            PeoplePicker.Input(texts, MinutesForm.Mark, texts[TextKey.FieldMark], group.Key.GroupId, members, []),
            CardInputs.Choices(
                MinutesForm.MarkAs,
                texts[TextKey.FieldMarkAs],
                Enum.GetValues<Presence>().Select(p => (MinutesTexts.Presence(texts, p), p.ToString())),
                nameof(Presence.Present)
            ),
            .. represented.Select(p =>
                CardInputs.Text(
                    MinutesForm.By(p.Person),
                    texts.Format(TextKey.FieldRepresentedBy, Formats.NameOf(members, p.Person)),
                    p.By.Length > 0 ? p.By : DeputyOf(institutions, members, p.Person),
                    maxLength: FreeText.RepresentedBy
                )
            ),
            AdaptiveCard.Subheading(texts[TextKey.MinutesOutcomes]),
            .. minutes.Outcomes.Count == 0
                ? [AdaptiveCard.Text(texts[TextKey.MinutesOutcomesNone], subtle: true)]
                : paging.Take(minutes.Outcomes, OutcomesPerPage).Select(o => OutcomeInputs(texts, o)),
            .. paging.Blocks(texts, Verbs.SaveMinutes, data),
            AdaptiveCard.Subheading(texts[TextKey.MinutesDecisions]),
            Bullets(
                texts,
                record
                    .Decisions.Select(d => Formats.Short(d.Text, 100) + (d.Action is { } n ? $" → #{n}" : ""))
                    .ToList(),
                TextKey.MinutesDecisionsNone
            ),
            CardInputs.Text(
                MinutesForm.Notes,
                texts[TextKey.FieldMinutesNotes],
                minutes.Notes,
                multiline: true,
                maxLength: FreeText.MinutesNotes
            ),
            AdaptiveCard.Text(MinutesTexts.Next(texts, group, minutes)),
        ];
        return AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Execute(texts[TextKey.ButtonSave], Verbs.SaveMinutes, data, primary: true),
                AdaptiveCard.Confirmed(
                    texts[TextKey.ButtonApprove],
                    texts[TextKey.ConfirmApproveMinutes],
                    texts[TextKey.ButtonApprove],
                    Verbs.ApproveMinutes,
                    data
                ),
                AdaptiveCard.Execute(texts[TextKey.ButtonDecisions], Verbs.Decisions, data),
            ]
        );
    }

    /// <summary>Approved minutes in short (long texts cut, long lists counted), as the document reads in full.</summary>
    public static JsonObject Approved(
        TextSet texts,
        Group group,
        Minutes minutes,
        MinutesReport report,
        bool viewerIsChair,
        Notice? notice = null
    )
    {
        var data = Data(group, minutes);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MinutesTitle, minutes.Title)),
            AdaptiveCard.Text(MinutesTexts.When(texts, group, minutes), subtle: true),
            AdaptiveCard.Text(report.State, subtle: true),
            .. Notices.Block(notice),
            AdaptiveCard.Text(texts[TextKey.MinutesFullInDocument], subtle: true),
            AdaptiveCard.Subheading(texts[TextKey.MinutesAttendance]),
            AdaptiveCard.Facts(
                report
                    .Attendance.GroupBy(a => a.Presence)
                    .Select(g => (g.Key, Names(g.Select(a => a.By.Length > 0 ? $"{a.Name} ({a.By})" : a.Name))))
            ),
            AdaptiveCard.Subheading(texts[TextKey.MinutesOutcomes]),
            Bullets(
                texts,
                report
                    .Outcomes.Select(o =>
                        $"{Formats.Short(o.Action, 60)} — {o.Outcome}"
                        + (o.Note.Length > 0 ? ": " + Formats.Short(o.Note, 60) : "")
                    )
                    .ToList(),
                TextKey.MinutesOutcomesNone
            ),
            AdaptiveCard.Subheading(texts[TextKey.MinutesDecisions]),
            Bullets(texts, report.Decisions.Select(d => Formats.Short(d, 100)).ToList(), TextKey.MinutesDecisionsNone),
            .. report.Notes.Length == 0
                ? Array.Empty<JsonNode>()
                :
                [
                    AdaptiveCard.Subheading(texts[TextKey.FieldMinutesNotes]),
                    AdaptiveCard.Text(Formats.Short(report.Notes, 300)),
                ],
            AdaptiveCard.Text(report.Next),
        ];
        List<JsonNode> actions =
        [
            AdaptiveCard.Execute(texts[TextKey.ButtonDownload], Verbs.DownloadMinutes, data, primary: true),
        ];
        if (viewerIsChair)
        {
            actions.Add(AdaptiveCard.Execute(texts[TextKey.ButtonCorrect], Verbs.CorrectMinutes, data));
        }

        actions.Add(
            AdaptiveCard.Execute(
                texts[TextKey.ButtonMinutes],
                Verbs.MinutesList,
                new JsonObject { [CardData.Group] = group.Key.GroupId }
            )
        );
        return AdaptiveCard.Create(body, actions);
    }

    public static JsonObject Data(Group group, Minutes minutes) =>
        new()
        {
            [CardData.Group] = group.Key.GroupId,
            [CardData.Series] = minutes.SeriesId,
            [CardData.Occurrence] = minutes.OriginalDate.ToString("yyyy-MM-dd"),
            [MinutesForm.Revision] = minutes.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    private static JsonObject OutcomeInputs(TextSet texts, OutcomeLine line) =>
        AdaptiveCard.Container(
            [
                CardInputs.Choices(
                    MinutesForm.Outcome(line.Action),
                    Formats.Short($"#{line.Action} {line.Title}", 80),
                    Enum.GetValues<Outcome>().Select(o => (MinutesTexts.Outcome(texts, o), o.ToString())),
                    line.Outcome.ToString()
                ),
                CardInputs.Text(
                    MinutesForm.Note(line.Action),
                    texts[TextKey.FieldOutcomeNote],
                    line.Note,
                    maxLength: FreeText.OutcomeNote
                ),
            ],
            separator: true
        );

    /// <summary>Each presence with the names in it (the draft's own lines; the roster's others are absent).</summary>
    private static IEnumerable<(string, string)> Attendance(
        TextSet texts,
        IReadOnlyList<PresenceLine> presence,
        IReadOnlyList<Member> members
    ) =>
        Enum.GetValues<Presence>()
            .Select(kind =>
                (
                    MinutesTexts.Presence(texts, kind),
                    kind == Presence.Absent
                        ? members
                            .Where(m => m.InRoster && !presence.Any(p => p.Person == m.AadObjectId))
                            .Select(m => m.Name)
                        : presence.Where(p => p.Presence == kind).Select(p => Formats.NameOf(members, p.Person))
                )
            )
            .Select(x => (x.Item1, Names(x.Item2)))
            .Where(x => x.Item2.Length > 0);

    /// <summary>"Anna, Jānis, … +12": at most <see cref="MaxNames"/> names in sight.</summary>
    private static string Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        var shown = string.Join(", ", all.Take(MaxNames).Select(n => Formats.Short(n, 40)));
        return all.Count > MaxNames ? $"{shown} +{all.Count - MaxNames}" : shown;
    }

    private static JsonObject Bullets(TextSet texts, IReadOnlyList<string> lines, TextKey none) =>
        lines.Count == 0
            ? AdaptiveCard.Text(texts[none], subtle: true)
            : AdaptiveCard.Container([
                AdaptiveCard.Bullets(lines.Take(MaxLines)),
                .. Paging.Shown(texts, MaxLines, lines.Count),
            ]);

    /// <summary>The deputy of the person's institution, the usual one to represent them.</summary>
    private static string DeputyOf(
        IReadOnlyList<Institution> institutions,
        IReadOnlyList<Member> members,
        string person
    ) =>
        Institution.Of(institutions, person)?.Deputy is { } deputy && deputy != person
            ? Formats.NameOf(members, deputy)
            : "";
}
