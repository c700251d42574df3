using Microsoft.Extensions.Logging;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Stores the head of each reminder chain an action (or the group's digest) needs now. Called when an action is
/// created, or changed in what its schedule follows (deadline, responsible members, reopened), when a snooze is set,
/// when the policy or the chairs change; what it stored before and is no longer wanted is dropped by the dispatcher.
/// </summary>
/// <remarks>
/// An action and its reminders live in different tables, so no transaction covers both. Before such a change a
/// promise to plan the reminders (<see cref="ReplanPromise"/>) is stored, due a little later; the reminders are
/// then planned and the promise removed last, in the same transaction as the last of them. When a turn fails between
/// the change and the planning, the dispatcher keeps the promise: no stored action is left without its reminders.
/// </remarks>
public sealed partial class ReminderPlanner(
    IReminderStore reminders,
    IStorageFailures storageFailures,
    IGroupStore groups,
    PersonZones zones,
    IPlanStore plans,
    LatvianCalendar calendar,
    TimeProvider clock,
    ILogger<ReminderPlanner> logger
)
{
    /// <summary>Longer than any turn lasts, so that a promise comes due only when its turn has failed.</summary>
    public static readonly TimeSpan PromiseDelay = TimeSpan.FromMinutes(2);

    /// <summary>Plans the reminders around one change of an action (see the remarks on the class).</summary>
    /// <param name="read">The group's partition as the turn read it (its members, institutions and policy).</param>
    public ActionChange Change(Group group, PlanRead read, CancellationToken cancellationToken) =>
        new(this, group, read, cancellationToken);

    /// <summary>
    /// Makes a change that moves every reminder of the group (the policy, the chairs, a started plan, a member back)
    /// and plans them all again: a promise is stored before the change and removed with the planned reminders, or left
    /// to the dispatcher if storage fails on the way.
    /// </summary>
    /// <param name="change">Returns false when it changed nothing after all: the promise is then withdrawn.</param>
    /// <returns>What <paramref name="change"/> returned.</returns>
    public async Task<bool> ChangeGroupAsync(Group group, Func<Task<bool>> change, CancellationToken cancellationToken)
    {
        var promise = await PromiseAsync(group, action: null, deadlineBefore: null, cancellationToken);
        var changed = await change();
        await (
            changed
                ? KeepAsync(group, promise, () => GroupHeadsAsync(group, cancellationToken), cancellationToken)
                : WithdrawAsync(group, promise, cancellationToken)
        );
        return changed;
    }

    /// <summary>As the other overload, for a change that always happens.</summary>
    public Task ChangeGroupAsync(Group group, Func<Task> change, CancellationToken cancellationToken) =>
        ChangeGroupAsync(
            group,
            async () =>
            {
                await change();
                return true;
            },
            cancellationToken
        );

    /// <summary>
    /// Makes a change to an action's schedule that is stored outside the action (a snooze) and plans the action's
    /// reminders again, with a promise stored first as in <see cref="ChangeGroupAsync(Group, Func{Task{bool}},
    /// CancellationToken)"/>.
    /// </summary>
    /// <param name="read">The group's partition as the turn read it (for the chairs and the policy).</param>
    public async Task ChangeScheduleAsync(
        Group group,
        PlanRead read,
        ActionItem action,
        Func<Task> change,
        CancellationToken cancellationToken
    )
    {
        var promise = await PromiseAsync(group, action.Number, action.Deadline, cancellationToken);
        await change();
        var planning = Planning.Of(read, catchUp: false) with { Snoozes = null };
        await KeepAsync(
            group,
            promise,
            () => HeadsAsync(group, action, planning, cancellationToken),
            cancellationToken
        );
    }

    /// <summary>Keeps a promise that came due (its turn failed half-way): plans the reminders as things are
    /// now.</summary>
    public async Task KeepPromiseAsync(GroupKey key, ReplanPromise promise, CancellationToken cancellationToken)
    {
        var group = groups.FindAsync(key, cancellationToken);
        var read = plans.ReadAsync(
            key,
            new PlanReads(AllActions: promise.Action is null, Action: promise.Action, Snoozes: true),
            cancellationToken
        );
        await Task.WhenAll(group, read);
        IReadOnlyList<Reminder> heads = [];
        if (await group is { Active: true } active)
        {
            var now = await read;
            heads =
                promise.Action is null ? await GroupHeadsAsync(active, now, cancellationToken)
                : now.Action is { } action
                    ? await HeadsAsync(
                        active,
                        action,
                        Planning.Of(now, catchUp: promise.DeadlineBefore != action.Deadline),
                        cancellationToken
                    )
                : [];
        }

        await reminders.PlanAsync(key, heads, promise, cancellationToken);
    }

    /// <summary>Stores a promise to plan the reminders of an action (or of every action when null).</summary>
    /// <param name="deadlineBefore">The action's deadline before the change (null for a new action).</param>
    private async Task<ReplanPromise> PromiseAsync(
        Group group,
        int? action,
        DateOnly? deadlineBefore,
        CancellationToken cancellationToken
    )
    {
        var promise = new ReplanPromise(
            Guid.NewGuid().ToString("N"),
            action,
            deadlineBefore,
            clock.GetUtcNow() + PromiseDelay,
            group.TimeZone
        );
        await reminders.PromiseAsync(group.Key, promise, cancellationToken);
        return promise;
    }

    /// <summary>Removes a promise that is not needed after all (the change did not happen).</summary>
    private Task WithdrawAsync(Group group, ReplanPromise promise, CancellationToken cancellationToken) =>
        KeepAsync(group, promise, () => Task.FromResult<IReadOnlyList<Reminder>>([]), cancellationToken);

    /// <summary>Plans the reminders and removes the promise with them, or leaves it to the dispatcher if storage
    /// fails.</summary>
    private async Task KeepAsync(
        Group group,
        ReplanPromise promise,
        Func<Task<IReadOnlyList<Reminder>>> heads,
        CancellationToken cancellationToken
    )
    {
        try
        {
            // False when the promise is gone: an earlier try of this very transaction committed (its answer was lost),
            // or the dispatcher kept it already. Either way the reminders are planned.
            await reminders.PlanAsync(group.Key, await heads(), promise, cancellationToken);
        }
        catch (Exception e) when (storageFailures.Is(e, cancellationToken))
        {
            LogPlanningLeftToPromise(logger, e, promise.Action?.ToString() ?? "(all)", group.Key.ToString());
        }
    }

    private async Task<IReadOnlyList<Reminder>> GroupHeadsAsync(Group group, CancellationToken cancellationToken) =>
        await GroupHeadsAsync(
            group,
            await plans.ReadAsync(group.Key, new PlanReads(AllActions: true, Snoozes: true), cancellationToken),
            cancellationToken
        );

    /// <summary>Every open action's reminders and the digest, from one read of the group's partition.</summary>
    private async Task<IReadOnlyList<Reminder>> GroupHeadsAsync(
        Group group,
        PlanRead read,
        CancellationToken cancellationToken
    )
    {
        var planning = Planning.Of(read, catchUp: false);
        var heads = new List<Reminder>();
        foreach (var action in read.Actions.Where(a => !a.Status.IsClosed()))
        {
            heads.AddRange(await HeadsAsync(group, action, planning, cancellationToken));
        }

        var now = clock.GetUtcNow();
        if (
            ReminderSchedule.Head(
                ReminderSchedule.Digests(planning.Policy, calendar, group.TimeZone, now),
                now,
                catchUp: false
            ) is
            { } digest
        )
        {
            heads.Add(digest);
        }

        return heads;
    }

    /// <summary>Plans the next notice of a meeting series (catching up with one just missed when it is new).</summary>
    public async Task PlanMeetingAsync(
        Group group,
        MeetingSeries series,
        bool catchUp,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow();
        if (ReminderSchedule.Head(NoticeSchedule.For(series, now), now, catchUp) is { } head)
        {
            await reminders.PlanAsync(group.Key, [head], promise: null, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Reminder>> HeadsAsync(
        Group group,
        ActionItem action,
        Planning planning,
        CancellationToken cancellationToken
    )
    {
        var (now, policy) = (clock.GetUtcNow(), planning.Policy);
        var forMembers = await Task.WhenAll(
            action.Responsible.Select(async person =>
            {
                var zone = zones.FindAsync(group.Key.TenantId, person, cancellationToken);
                var snooze =
                    planning.IsNew ? Task.FromResult<Snooze?>(null)
                    : planning.Snoozes is { } read ? Task.FromResult(read.GetValueOrDefault((action.Number, person)))
                    : plans.FindSnoozeAsync(group.Key, action.Number, person, cancellationToken);
                return ReminderSchedule.Head(
                    ReminderSchedule.ForMember(
                        action,
                        person,
                        policy,
                        calendar,
                        await zone ?? group.TimeZone,
                        await snooze
                    ),
                    now,
                    planning.CatchUp
                );
            })
        );
        var told = Escalation.Of(action, planning.Roster, planning.Institutions).Select(e => e.Member.AadObjectId);
        var forChairs = told.Select(chair =>
            ReminderSchedule.Head(
                ReminderSchedule.ForChair(action, chair, policy, calendar, group.TimeZone),
                now,
                planning.CatchUp
            )
        );
        return [.. forMembers.Concat(forChairs).OfType<Reminder>()];
    }

    /// <param name="CatchUp">A reminder of the last hours is still sent (the action is new or its deadline
    /// moved).</param>
    /// <param name="IsNew">The action was just created, so no snooze of it can exist.</param>
    /// <param name="Roster">The group's members (for the chairs).</param>
    /// <param name="Institutions">The group's institutions (for the deputies told of long overdue actions).</param>
    /// <param name="Policy">The group's reminder policy.</param>
    /// <param name="Snoozes">The group's snoozes when they were read with its partition; else each is read.</param>
    private readonly record struct Planning(
        bool CatchUp,
        bool IsNew,
        IReadOnlyList<Member> Roster,
        IReadOnlyList<Institution> Institutions,
        ReminderPolicy Policy,
        IReadOnlyDictionary<(int Action, string Person), Snooze>? Snoozes = null
    )
    {
        public static Planning Of(PlanRead read, bool catchUp) =>
            new(catchUp, IsNew: false, read.Members, read.Institutions, read.Settings.Policy, read.Snoozes);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Could not plan the reminders of action {Action} in {Group}; the promise will plan them when due"
    )]
    private static partial void LogPlanningLeftToPromise(
        ILogger logger,
        Exception exception,
        string action,
        string group
    );

    /// <summary>
    /// One change of an action: <see cref="BeforeCommitAsync"/> goes to the plan store and promises to plan the
    /// reminders if the change moves them; <see cref="AfterCommitAsync"/> plans them once the action is stored.
    /// </summary>
    public sealed class ActionChange(
        ReminderPlanner planner,
        Group group,
        PlanRead read,
        CancellationToken cancellationToken
    )
    {
        private ReplanPromise? promise;
        private Planning planning;

        /// <summary>
        /// Runs before each attempt to store the change (a conflict means another attempt, decided afresh on what is
        /// stored then). A promise made on an earlier attempt is kept if it still names the right action and deadline,
        /// and otherwise withdrawn for a new one: a new action may get another number on the next attempt.
        /// </summary>
        public async Task BeforeCommitAsync(ActionItem? stored, ActionItem next)
        {
            planning = Planning.Of(read, catchUp: stored is null || stored.Deadline != next.Deadline) with
            {
                IsNew = stored is null,
                Snoozes = null,
            };
            if (
                !MovesReminders(stored, next)
                || promise is { } kept && kept.Action == next.Number && kept.DeadlineBefore == stored?.Deadline
            )
            {
                return;
            }

            if (promise is { } stale)
            {
                await planner.WithdrawAsync(group, stale, cancellationToken);
            }

            promise = await planner.PromiseAsync(group, next.Number, stored?.Deadline, cancellationToken);
        }

        public Task AfterCommitAsync(ActionItem committed) =>
            promise is { } p
                ? planner.KeepAsync(
                    group,
                    p,
                    () => planner.HeadsAsync(group, committed, planning, cancellationToken),
                    cancellationToken
                )
                : Task.CompletedTask;

        /// <summary>
        /// After a change that was refused in the end (decided again on a newer state after a conflict): withdraws the
        /// promise an earlier attempt made, which would otherwise wait for the dispatcher.
        /// </summary>
        public Task AbandonAsync() =>
            promise is { } p ? planner.WithdrawAsync(group, p, cancellationToken) : Task.CompletedTask;

        /// <summary>
        /// The schedule follows the deadline, the responsible members and whether the action is closed. Notes and moves
        /// between open statuses leave it as it is; closing needs nothing, as the dispatcher drops what a closed action
        /// no
        /// longer wants.
        /// </summary>
        private static bool MovesReminders(ActionItem? stored, ActionItem next) =>
            !next.Status.IsClosed()
            && (
                stored is null
                || stored.Status.IsClosed()
                || stored.Deadline != next.Deadline
                || !stored.Responsible.SequenceEqual(next.Responsible)
            );
    }
}
