using WorkingGroupBot.Conversations;
using WorkingGroupBot.Members;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// When an institution's representatives change, each unfinished action it owns has the old ones replaced by the new
/// ones among its responsible (others named on it stay), through the one change path: logged, reminders re-planned,
/// the new people told. When it is removed, its actions keep their people and lose only the institution.
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
            var edit = await changes.UpdateAsync(
                context,
                action,
                stored =>
                {
                    var next = stored with
                    {
                        Institution = after?.Id,
                        Responsible = after is null
                            ? stored.Responsible
                            : stored
                                .Responsible.Where(r => !old.Contains(r) || now.Contains(r))
                                .Concat(now)
                                .Distinct()
                                .ToList(),
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
}
