using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// The group's institutions: everyone reads them, chairs add, change and remove them. A member is in at most one
/// institution; representatives and deputies are people in the roster; a removed institution's people stay in the
/// group. Decided on the partition the turn read.
/// </summary>
public sealed class InstitutionsHandler(IInstitutionStore store, ReminderPlanner planner, IInstitutionChanges actions)
{
    public Task<Reply> ShowAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Card(context, context.Read.Institutions, notice: null));

    public Task<Reply> EditAsync(GroupContext context, CancellationToken cancellationToken) =>
        Task.FromResult(
            Find(context) is { } editing
                ? Card(context, context.Read.Institutions, notice: null, editing)
                : Card(context, context.Read.Institutions, Problem(context, TextKey.InstitutionNotFound))
        );

    public async Task<Reply> SaveAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, input, all) = (context.Texts, context.Request.Input, context.Read.Institutions);
        var named = context.Request.Input.String(CardData.Institution);
        var existing = named is null ? null : Find(context);
        if (named is not null && existing is null)
        {
            return Card(context, all, Problem(context, TextKey.InstitutionNotFound));
        }

        var draft = existing ?? New(input.String(InstitutionsCard.Kind), all);
        if (draft is null)
        {
            return Card(context, all, Problem(context, TextKey.ProblemInstitutionsFull));
        }

        var name = input.Text(InstitutionsCard.Name);
        if (
            draft.Kind is null
            && FreeText.Problem(name, TextKey.ProblemInstitutionName, 100, TextKey.ProblemInstitutionName) is { } bad
        )
        {
            return Card(context, all, Problem(context, bad), existing);
        }

        var roster = context.Roster;
        var representatives = input.List(InstitutionsCard.Representatives);
        var deputy = input.String(InstitutionsCard.Deputy) is { Length: > 0 } d ? d : null;
        if (
            representatives.Count == 0
            || !representatives.All(roster.Contains)
            || (deputy is not null && (!roster.Contains(deputy) || representatives.Contains(deputy)))
        )
        {
            return Card(context, all, Problem(context, TextKey.ProblemInstitutionPeople), existing);
        }

        var taken = representatives
            .Append(deputy)
            .OfType<string>()
            .Where(p => all.Any(i => i.Id != draft.Id && i.Has(p)))
            .Select(p => context.Members.First(m => m.AadObjectId == p).Name)
            .ToList();
        if (taken.Count > 0)
        {
            return Card(
                context,
                all,
                new Notice(texts.Format(TextKey.ProblemInstitutionTaken, string.Join(", ", taken)), IsProblem: true),
                existing
            );
        }

        var saved = draft with
        {
            Name = draft.Kind is null ? name : null,
            Representatives = representatives,
            Deputy = deputy,
        };
        // Deputies are told of their representatives' long overdue actions: the group's reminders are planned again.
        await planner.ChangeGroupAsync(
            context.Group,
            async () =>
            {
                await store.SaveAsync(context.Group.Key, saved, cancellationToken);
                return true;
            },
            cancellationToken
        );
        // As stored before: a built-in kind added again is that institution changed.
        await actions.ChangedAsync(context, all.FirstOrDefault(i => i.Id == saved.Id), saved, cancellationToken);
        return Card(
            context,
            [.. all.Where(i => i.Id != saved.Id), saved],
            new Notice(texts.Format(TextKey.InstitutionSaved, saved.DisplayName(texts)), IsProblem: false)
        );
    }

    public async Task<Reply> RemoveAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var all = context.Read.Institutions;
        if (Find(context) is not { } removed)
        {
            return Card(context, all, Problem(context, TextKey.InstitutionNotFound));
        }

        await planner.ChangeGroupAsync(
            context.Group,
            async () =>
            {
                await store.RemoveAsync(context.Group.Key, removed.Id, cancellationToken);
                return true;
            },
            cancellationToken
        );
        await actions.ChangedAsync(context, removed, after: null, cancellationToken);
        return Card(
            context,
            all.Where(i => i.Id != removed.Id).ToList(),
            new Notice(
                context.Texts.Format(TextKey.InstitutionRemoved, removed.DisplayName(context.Texts)),
                IsProblem: false
            )
        );
    }

    /// <summary>A new institution of the chosen kind (a built-in one is the group's only one of its kind), or null when
    /// the group has as many as it may.</summary>
    private static Institution? New(string? kind, IReadOnlyList<Institution> all)
    {
        var builtIn =
            Enum.TryParse<TextKey>(kind, out var key) && Institution.BuiltIn.Contains(key) ? key : (TextKey?)null;
        if (builtIn is { } k && all.FirstOrDefault(i => i.Kind == k) is { } same)
        {
            return same;
        }

        return all.Count >= Institution.Max
            ? null
            : new Institution { Id = builtIn?.ToString() ?? "x" + Guid.NewGuid().ToString("N")[..10], Kind = builtIn };
    }

    private static Institution? Find(GroupContext context) =>
        context.Read.Institutions.FirstOrDefault(i => i.Id == context.Request.Input.String(CardData.Institution));

    private static Notice Problem(GroupContext context, TextKey reason) => new(context.Texts[reason], IsProblem: true);

    private static Reply Card(
        GroupContext context,
        IReadOnlyList<Institution> institutions,
        Notice? notice,
        Institution? editing = null
    ) =>
        new CardReply(
            InstitutionsCard.Build(context.Texts, context.Membership, institutions, context.Members, notice, editing)
        );
}
