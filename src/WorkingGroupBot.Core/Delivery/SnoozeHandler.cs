using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Delivery;

/// <summary>"Snooze" on a reminder: no reminders of this action to this member until then, then one at that
/// time.</summary>
public sealed class SnoozeHandler(IPlanStore plans, IPersonStore people, ReminderPlanner planner, TimeProvider clock)
{
    public async Task<Reply> SnoozeAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, action) = (context.Texts, context.Action!);
        var days = context.Request.Input.Int(CardData.Days);
        var caller = context.Request.Caller;
        var person = caller.AadObjectId;
        if (
            days is not { } d
            || !ReminderCard.SnoozeDays.Contains(d)
            || action.Status.IsClosed()
            || !action.IsResponsible(person)
        )
        {
            var problem = action.IsResponsible(person) ? TextKey.NothingChanged : TextKey.RefusedNotYourAction;
            return new CardReply(
                ReminderCard.Build(texts, context.View(action), new Notice(texts[problem], IsProblem: true))
            );
        }

        var zone = (await people.FindAsync(caller.TenantId, person, cancellationToken))?.TimeZone
            ?? caller.TimeZone
            ?? context.Group.TimeZone;
        var until = LocalTime.At(clock.Today(zone).AddDays(d), context.Read.Settings.Policy.At, GroupClock.Zone(zone));
        await planner.ChangeScheduleAsync(
            context.Group,
            context.Read,
            action,
            () =>
                plans.SnoozeAsync(
                    context.Group.Key,
                    action.Number,
                    person,
                    new Snooze(until, action.Deadline),
                    cancellationToken
                ),
            cancellationToken
        );
        var local = TimeZoneInfo.ConvertTime(until, GroupClock.Zone(zone));
        var notice = texts.Format(
            TextKey.SnoozedUntil,
            Formats.Date(texts, DateOnly.FromDateTime(local.DateTime)),
            local.ToString("HH:mm")
        );
        return new CardReply(ReminderCard.Build(texts, context.View(action), new Notice(notice, IsProblem: false)));
    }
}
