using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>Chairs record a meeting's decisions; a decision with an area, people and a deadline becomes an
/// action.</summary>
public sealed class DecisionsHandler(
    IMeetingStore meetings,
    MeetingAgendas agendas,
    NewActions newActions,
    AssignmentNotices assignments
)
{
    public async Task<Reply> FormAsync(GroupContext context, CancellationToken cancellationToken) =>
        await FindAsync(context, cancellationToken) is (var meeting, var record)
            ? new CardReply(
                DecisionsCard.Build(
                    context.Texts,
                    context.Group,
                    meeting,
                    record,
                    context.Plan,
                    context.Members,
                    context.Today
                )
            )
            : new TextReply(context.Texts[TextKey.MeetingNotFound]);

    public async Task<Reply> SaveAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (await FindAsync(context, cancellationToken) is not (var meeting, var record))
        {
            return new TextReply(context.Texts[TextKey.MeetingNotFound]);
        }

        var others = request.Input.Text(DecisionsCard.OtherDecisions);
        var slots = others
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => (Text: line, Draft: (ActionDraft?)null))
            .Prepend(Read(request.Input))
            .Where(s => s.Text.Length > 0)
            .ToList();
        var problems = Problems(others, slots, record)
            .Concat(
                slots.SelectMany(s =>
                    s.Draft is null
                        ? []
                        : ActionDraftValidator
                            .Validate(s.Draft, context.Plan, context.Roster, context.Today)
                            .Select(p => p.Problem)
                )
            )
            .Distinct()
            .ToList();
        if (slots.Count == 0 || problems.Count > 0)
        {
            var text =
                problems.Count == 0
                    ? request.Texts[TextKey.DecisionsNone]
                    : string.Join(" ", problems.Select(p => request.Texts[p]));
            return new CardReply(
                DecisionsCard.Build(
                    request.Texts,
                    context.Group,
                    meeting,
                    record,
                    context.Plan,
                    context.Members,
                    context.Today,
                    new Notice(text, IsProblem: true)
                )
            );
        }

        // Only the first decision can become an action, so the transaction stays far inside Azure Tables' 100
        // operations (plan row, action, its log line, the meeting's record, the submission's marker).
        var (saved, created) = await newActions.RecordDecisionsAsync(
            context,
            request.Caller,
            meeting,
            slots.Select(s => s.Text).ToList(),
            slots[0].Draft,
            Submissions.From(request),
            cancellationToken
        );
        var told = created is null ? [] : await assignments.SendAsync(context, [], created, cancellationToken);
        return new CardReply(
            DecisionsCard.Build(
                request.Texts,
                context.Group,
                meeting,
                saved,
                context.Plan,
                context.Members,
                context.Today,
                new Notice(request.Texts[TextKey.DecisionsSaved], IsProblem: false, told)
            )
        );
    }

    /// <summary>
    /// The decisions' texts read together, so a personal code split between two of them is found too; a decision that
    /// becomes an action has its length checked as the action's title.
    /// </summary>
    private static IEnumerable<TextKey> Problems(
        string others,
        IReadOnlyList<(string Text, ActionDraft? Draft)> slots,
        MeetingRecord record
    )
    {
        if (
            others.Length > FreeText.OtherDecisions
            || slots.Any(s => s.Draft is null && s.Text.Length > FreeText.Decision)
        )
        {
            yield return TextKey.ProblemDecisionTooLong;
        }

        if (record.Decisions.Count + slots.Count > FreeText.DecisionsPerMeeting)
        {
            yield return TextKey.ProblemDecisionsTooMany;
        }

        if (FreeText.HasPersonalCode(slots.Select(s => s.Text)))
        {
            yield return TextKey.ProblemPersonalData;
        }
    }

    /// <summary>The first decision's text, and the action it asks for when any of area, people or deadline was
    /// given.</summary>
    private static (string Text, ActionDraft? Draft) Read(CardInput input)
    {
        var text = input.Text(ActionForm.Title);
        var area = input.Text(ActionForm.Area);
        var responsible = input.List(ActionForm.Responsible);
        var deadline = input.Date(ActionForm.Deadline);
        return area.Length == 0 && responsible.Count == 0 && deadline is null
            ? (text, null)
            : (
                text,
                new ActionDraft
                {
                    Title = text,
                    AreaId = area,
                    Responsible = responsible,
                    Deadline = deadline,
                }
            );
    }

    /// <summary>The meeting the card names and its record; null when it is not (or no longer) in its series.</summary>
    private async Task<(Meeting Meeting, MeetingRecord Record)?> FindAsync(
        GroupContext context,
        CancellationToken cancellationToken
    )
    {
        if (await agendas.FindAsync(context, cancellationToken) is not ({ } series, { } meeting))
        {
            return null;
        }

        return (
            meeting,
            await meetings.FindRecordAsync(context.Group.Key, series.Id, meeting.OriginalDate, cancellationToken)
        );
    }
}
