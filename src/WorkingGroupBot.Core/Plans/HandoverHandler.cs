using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// Handover (nodošana), for chairs: a person's unfinished actions, each given to someone else in one press. The person is
/// replaced among the action's responsible (the others stay), through the same change as an edit: logged, reminders
/// re-planned, the new person told. Nothing is deleted.
/// </summary>
public sealed class HandoverHandler(ActionChanges changes, AssignmentNotices assignments, TimeProvider clock)
{
    public Task<Reply> ShowAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(
            Person(context) is { } person
                ? Card(context, person, context.Read.Actions, notice: null)
                : new TextReply(context.Texts[TextKey.MemberNotFound])
        );

    public async Task<Reply> AssignAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, input) = (context.Texts, context.Request.Input);
        if (Person(context) is not { } person)
        {
            return new TextReply(texts[TextKey.MemberNotFound]);
        }

        var toId = input.String(HandoverCard.To) ?? input.String(input.String(CardData.InputName) ?? "") ?? "";
        if (
            context.Members.FirstOrDefault(m => m.InRoster && m.AadObjectId == toId) is not { } to
            || to.AadObjectId == person.AadObjectId
        )
        {
            return Card(
                context,
                person,
                context.Read.Actions,
                new Notice(texts.Format(TextKey.ProblemHandTo, person.Name), IsProblem: true)
            );
        }

        var caller = context.Request.Caller;
        var edit = await changes.UpdateAsync(
            context,
            context.Action!,
            stored =>
            {
                if (!stored.IsResponsible(person.AadObjectId) || stored.Status.IsClosed())
                {
                    return ActionEdit.Refuse(TextKey.NothingChanged);
                }

                var updated = stored with
                {
                    Responsible = stored
                        .Responsible.Select(r => r == person.AadObjectId ? to.AadObjectId : r)
                        .Distinct()
                        .ToList(),
                    Named = stored.Named?.Select(r => r == person.AadObjectId ? to.AadObjectId : r).Distinct().ToList(),
                };
                return ActionEdit.Change(stored, updated, caller.AadObjectId, caller.Name, clock.GetUtcNow());
            },
            submission: null,
            cancellationToken
        );
        if (edit is not ActionEdit.Applied applied)
        {
            var refused = (ActionEdit.Refused)edit;
            return Card(
                context,
                person,
                Replaced(context.Read.Actions, refused.Action),
                new Notice(texts[refused.Reason], IsProblem: !refused.IsNoOp)
            );
        }

        var told = await assignments.SendAsync(context, context.Action!.Responsible, applied.Action, cancellationToken);
        var done = string.Join(" ", [texts.Format(TextKey.HandedOver, applied.Action.Number, to.Name), .. told]);
        return Card(
            context,
            person,
            Replaced(context.Read.Actions, applied.Action),
            new Notice(done, IsProblem: false)
        );
    }

    /// <summary>The person the card names, in the roster or not (a person who left is handed over too).</summary>
    private static Member? Person(GroupContext context) =>
        context.Members.FirstOrDefault(m => m.AadObjectId == context.Request.Input.String(CardData.Member));

    private static IReadOnlyList<ActionItem> Replaced(IReadOnlyList<ActionItem> actions, ActionItem? now) =>
        now is null ? actions : actions.Select(a => a.Number == now.Number ? now : a).ToList();

    private static Reply Card(GroupContext context, Member person, IReadOnlyList<ActionItem> actions, Notice? notice) =>
        new CardReply(
            HandoverCard.Build(
                context.Texts,
                context.Group,
                person,
                actions,
                context.Members,
                context.Read.Institutions,
                context.Today,
                notice
            )
        );
}
