using System.Collections.Concurrent;
using WorkingGroupBot.Groups;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Delivery;

/// <summary>
/// What one sweep pass reads, once per group and once per person however many of their reminders are due: a group's row
/// and its whole partition (plan, settings, members, actions, snoozes) in one query, a person's row in one read. Each
/// is
/// read when the first reminder that needs it has been claimed, so a reminder is decided on state at most one pass old;
/// a change made meanwhile re-plans the reminder's row, which the dispatcher sees and decides again on a fresh read.
/// </summary>
public sealed class SweepReads(
    IGroupStore groups,
    IPlanStore plans,
    IPersonStore people,
    CancellationToken cancellationToken
)
{
    private static readonly PlanReads Everything = new(AllActions: true, Snoozes: true);

    private readonly ConcurrentDictionary<GroupKey, Lazy<Task<(Group? Group, PlanRead Read)>>> partitions = new();
    private readonly ConcurrentDictionary<(string Tenant, string Person), Lazy<Task<Person?>>> persons = new();

    /// <summary>The group (null when unknown) and its partition.</summary>
    public Task<(Group? Group, PlanRead Read)> GroupAsync(GroupKey key) =>
        partitions.GetOrAdd(key, k => new(() => ReadGroupAsync(k))).Value;

    public Task<Person?> PersonAsync(string tenantId, string aadObjectId) =>
        persons
            .GetOrAdd((tenantId, aadObjectId), k => new(() => people.FindAsync(k.Tenant, k.Person, cancellationToken)))
            .Value;

    private async Task<(Group?, PlanRead)> ReadGroupAsync(GroupKey key)
    {
        var group = groups.FindAsync(key, cancellationToken);
        var read = plans.ReadAsync(key, Everything, cancellationToken);
        await Task.WhenAll(group, read);
        return (await group, await read);
    }
}
