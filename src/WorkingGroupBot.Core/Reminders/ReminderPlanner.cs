using WorkingGroupBot.Groups;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Stores the head of each reminder chain an action (or the group's digest) needs now. Called whenever an action is
/// created or changed, a snooze is set, the policy or the chairs change; what it stored before and is no longer
/// wanted is dropped by the dispatcher.
/// </summary>
public sealed class ReminderPlanner(IReminderStore reminders, IGroupSettingsStore settings, IMemberStore members, IPersonStore people, IPlanStore plans, TimeProvider clock)
{
    /// <param name="catchUp">True when the action is new or its deadline moved: a reminder of the last hours is still sent.</param>
    public async Task PlanActionAsync(Group group, ActionItem action, bool catchUp, CancellationToken cancellationToken)
    {
        var policy = (await settings.GetAsync(group.Key, cancellationToken)).Policy;
        var chairs = (await members.ListAsync(group.Key, cancellationToken)).Where(m => m.IsChair).Select(m => m.AadObjectId);
        await reminders.PlanAsync(group.Key, await HeadsAsync(group, action, policy, chairs, catchUp, cancellationToken), cancellationToken);
    }

    /// <summary>Plans every open action and the digest again, e.g. after the policy or the chairs changed.</summary>
    public async Task PlanGroupAsync(Group group, CancellationToken cancellationToken)
    {
        var policy = (await settings.GetAsync(group.Key, cancellationToken)).Policy;
        var chairs = (await members.ListAsync(group.Key, cancellationToken)).Where(m => m.IsChair).Select(m => m.AadObjectId).ToList();
        var heads = new List<Reminder>();
        foreach (var action in (await plans.ListActionsAsync(group.Key, cancellationToken)).Where(a => !a.Status.IsClosed()))
        {
            heads.AddRange(await HeadsAsync(group, action, policy, chairs, catchUp: false, cancellationToken));
        }

        var now = clock.GetUtcNow();
        if (ReminderSchedule.Head(ReminderSchedule.Digests(policy, group.TimeZone, now), now, catchUp: false) is Reminder digest)
        {
            heads.Add(digest);
        }

        await reminders.PlanAsync(group.Key, heads, cancellationToken);
    }

    /// <summary>Plans the next notice of a meeting series (catching up with one just missed when it is new).</summary>
    public Task PlanMeetingAsync(Group group, MeetingSeries series, bool catchUp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var head = ReminderSchedule.Head(NoticeSchedule.For(series, now), now, catchUp);
        return head is null ? Task.CompletedTask : reminders.PlanAsync(group.Key, [head], cancellationToken);
    }

    private async Task<IEnumerable<Reminder>> HeadsAsync(Group group, ActionItem action, ReminderPolicy policy, IEnumerable<string> chairs, bool catchUp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var heads = new List<Reminder?>();
        foreach (var person in action.Responsible)
        {
            var zone = (await people.FindAsync(group.Key.TenantId, person, cancellationToken))?.TimeZone ?? group.TimeZone;
            var snooze = await reminders.FindSnoozeAsync(group.Key, action.Number, person, cancellationToken);
            heads.Add(ReminderSchedule.Head(ReminderSchedule.ForMember(action, person, policy, zone, snooze), now, catchUp));
        }

        heads.AddRange(chairs.Select(chair => ReminderSchedule.Head(ReminderSchedule.ForChair(action, chair, policy, group.TimeZone), now, catchUp)));
        return heads.OfType<Reminder>();
    }
}
