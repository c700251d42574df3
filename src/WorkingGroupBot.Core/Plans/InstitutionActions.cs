using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// When an institution's representatives change, each unfinished action it owns has the old ones replaced by the new
/// ones among its responsible (those named on it by name stay, a representative among them too), through the one
/// change path: logged, reminders re-planned, the new people told. When it is removed, its actions keep their people
/// and lose only the institution.
/// </summary>
public sealed class InstitutionActions(ActionChanges changes, AssignmentNotices assignments, TimeProvider clock)
    : IInstitutionChanges
{
    public async Task ChangedAsync(
        GroupContext context,
        Institution? before,
        Institution? after,
        CancellationToken cancellationToken
    )
    {
        var id = before?.Id ?? after?.Id;
        var (old, now) = (before?.Representatives ?? [], after?.Representatives ?? []);
        var caller = context.Request.Caller;
        foreach (var action in context.Read.Actions.Where(a => a.Institution == id && !a.Status.IsClosed()))
        {
            var named = NamedOn(action, before);
            var edit = await changes.UpdateAsync(
                context,
                action,
                stored =>
                {
                    var kept = stored.Named ?? named ?? [];
                    var next = stored with
                    {
                        Institution = after?.Id,
                        Named = after is null ? null : kept,
                        Responsible = after is null
                            ? stored.Responsible
                            : stored.Responsible.Where(r => !old.Contains(r) || kept.Contains(r)).Union(now).ToList(),
                    };
                    return stored.Institution != id
                        ? ActionEdit.Refuse(TextKey.NothingChanged)
                        : ActionEdit.Change(stored, next, caller.AadObjectId, caller.Name, clock.GetUtcNow());
                },
                submission: null,
                cancellationToken
            );
            if (edit is ActionEdit.Applied applied)
            {
                await assignments.SendAsync(context, action.Responsible, applied.Action, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Who was named on an institution's action by name: as kept, or for an action saved before that was kept, its
    /// responsible who are not the institution's representatives; null on an action with no institution.
    /// </summary>
    public static IReadOnlyList<string>? NamedOn(ActionItem action, Institution? institution) =>
        action.Institution is null
            ? null
            : action.Named ?? action.Responsible.Where(r => institution?.Representatives.Contains(r) != true).ToList();
}
