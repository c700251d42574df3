using System.Text.Json.Nodes;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The notice of a coming meeting, in the group's channel: when and where, the agenda drawn from the plan, last
/// meeting's decisions, attendance buttons whose counts update in place, and the Teams meeting's link when there is
/// one.
/// </summary>
public static class MeetingNoticeCard
{
    private const int MaxLines = 30;

    public static JsonObject Build(
        TextSet texts,
        Group group,
        Meeting meeting,
        Agenda agenda,
        MeetingRecord record,
        IReadOnlyList<Member> members,
        Notice? notice = null,
        bool backToMeetings = false
    )
    {
        var data = MeetingsCard.Data(group, meeting);
        JsonNode[] body =
        [
            AdaptiveCard.Heading(texts.Format(TextKey.MeetingNoticeTitle, meeting.Title)),
            .. Notices.Block(notice),
            AdaptiveCard.Text(MeetingsCard.When(texts, meeting, group.TimeZone)),
            .. JoinRow(texts, meeting),
            AdaptiveCard.Subheading(texts[TextKey.AgendaTitle]),
            .. AgendaBlocks(texts, agenda, members),
            AdaptiveCard.Text(
                texts.Format(TextKey.AttendanceCounts, record.Attending.Count, record.NotAttending.Count),
                subtle: true
            ),
        ];
        var card = AdaptiveCard.Create(
            body,
            [
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonAttend],
                    Verbs.Attend,
                    ((JsonObject)data.DeepClone()).With(CardData.Answer, "yes"),
                    primary: true
                ),
                AdaptiveCard.Execute(
                    texts[TextKey.ButtonNotAttend],
                    Verbs.Attend,
                    ((JsonObject)data.DeepClone()).With(CardData.Answer, "no")
                ),
                .. backToMeetings
                    ? new[]
                    {
                        AdaptiveCard.Execute(
                            texts[TextKey.ButtonBack],
                            Verbs.Meetings,
                            new JsonObject { [CardData.Group] = group.Key.GroupId }
                        ),
                    }
                    : [],
            ]
        );
        AdaptiveCard.RefreshFor(
            card,
            members.Where(m => m.InRoster).Select(m => m.Identity.TeamsUserId),
            Verbs.Attend,
            data
        );
        return card;
    }

    /// <summary>"Join in Teams" beside when and where, so the attendance buttons keep the card's foot.</summary>
    private static IEnumerable<JsonNode> JoinRow(TextSet texts, Meeting meeting) =>
        MeetingsCard.Join(texts, meeting) is { Count: > 0 } join ? [AdaptiveCard.Buttons(join)] : [];

    /// <summary>The agenda's sections (see <see cref="Sections"/>); at most <see cref="MaxLines"/> lines, the rest
    /// counted.</summary>
    private static IEnumerable<JsonNode> AgendaBlocks(TextSet texts, Agenda agenda, IReadOnlyList<Member> members)
    {
        var sections = Sections(texts, agenda, members);
        if (sections.Count == 0)
        {
            yield return AdaptiveCard.Text(texts[TextKey.AgendaEmpty], subtle: true);
            yield break;
        }

        var budget = MaxLines;
        foreach (var (title, lines) in sections.Where(_ => budget > 0))
        {
            var shown = lines.Take(budget).ToList();
            budget -= shown.Count;
            yield return AdaptiveCard.Container([AdaptiveCard.Subheading(title), AdaptiveCard.Bullets(shown)]);
        }

        var total = sections.Sum(s => s.Lines.Count);
        if (total > MaxLines)
        {
            yield return AdaptiveCard.Text(texts.Format(TextKey.DigestMore, total - MaxLines), subtle: true);
        }
    }

    /// <summary>The agenda as sections of lines: what the last minutes left open, what became of the last meeting's
    /// decisions, the chairs' points, then each area's; empty sections left out. The tab and the minutes show the
    /// same.</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<string> Lines)> Sections(
        TextSet texts,
        Agenda agenda,
        IReadOnlyList<Member> members
    )
    {
        string Line(ActionItem a) => Formats.Line(texts, a, members);
        IEnumerable<(string Title, IEnumerable<string> Lines)> sections =
        [
            (
                texts[TextKey.AgendaCarried],
                agenda.Carried.Select(c =>
                    texts.Format(
                        TextKey.AgendaCarriedLine,
                        c.Action is { } a ? Line(a) : $"#{c.Outcome.Action} {Formats.Short(c.Outcome.Title, 80)}",
                        MinutesTexts.Outcome(texts, c.Outcome.Outcome)
                    ) + (c.Outcome.Note.Length > 0 ? " — " + Formats.Short(c.Outcome.Note, 100) : "")
                )
            ),
            (
                texts[TextKey.AgendaPreviousDecisions],
                agenda.PreviousDecisions.Select(d =>
                    d.Action is { } a
                        ? $"{Formats.Short(d.Decision.Text, 80)} → {Formats.ShortTitle(a)}: {Formats.Status(texts, a.Status)}"
                        : Formats.Short(d.Decision.Text, 120)
                )
            ),
            (texts[TextKey.AgendaPoints], agenda.Points.Select(p => Formats.Short(p, 150))),
            .. agenda.Areas.Select(area =>
                (
                    Formats.Short(area.Area.DisplayName(texts), 100),
                    area.Overdue.Select(a => texts.Format(TextKey.AgendaOverdue, Line(a)))
                        .Concat(area.DueBeforeNext.Select(a => texts.Format(TextKey.AgendaDue, Line(a))))
                        .Concat(
                            area.Blocked.Select(a =>
                                texts.Format(TextKey.AgendaBlocked, Line(a), Formats.Short(a.BlockedReason ?? "", 100))
                            )
                        )
                        .Concat(area.DoneSince.Select(a => texts.Format(TextKey.AgendaDone, Formats.ShortTitle(a))))
                )
            ),
        ];
        return sections
            .Select(s => (s.Title, Lines: (IReadOnlyList<string>)s.Lines.ToList()))
            .Where(s => s.Lines.Count > 0)
            .ToList();
    }
}
