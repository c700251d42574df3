using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Reminders;

/// <summary>"Snooze" on a reminder: no reminders of this action to this member until then, then one at that time.</summary>
public sealed class SnoozeHandler(GroupScope scope, ActionViews views, IReminderStore reminders, IGroupSettingsStore settings, IPersonStore people, ReminderPlanner planner, TimeProvider clock)
{
    public Task<Reply> SnoozeAsync(Request request, CancellationToken cancellationToken) =>
        views.WithActionAsync(scope, request, async (context, action) =>
        {
            var texts = request.Texts;
            var days = request.Input.Int(CardData.Days);
            var person = request.Caller.AadObjectId;
            if (days is not { } d || !ReminderCard.SnoozeDays.Contains(d) || action.Status.IsClosed() || !action.IsResponsible(person))
            {
                var problem = action.IsResponsible(person) ? TextKey.NothingChanged : TextKey.RefusedNotYourAction;
                return new CardReply(ReminderCard.Build(texts, context.View(action), new Notice(texts[problem], IsProblem: true)));
            }

            var zone = (await people.FindAsync(request.Caller.TenantId, person, cancellationToken))?.TimeZone ?? request.Caller.TimeZone ?? context.Group.TimeZone;
            var policy = (await settings.GetAsync(context.Group.Key, cancellationToken)).Policy;
            var until = LocalTime.At(clock.Today(zone).AddDays(d), policy.At, GroupClock.Zone(zone));
            await planner.ChangeScheduleAsync(
                context.Group, context.Members, action, () => reminders.SnoozeAsync(context.Group.Key, action.Number, person, new Snooze(until, action.Deadline), cancellationToken), cancellationToken);
            var local = TimeZoneInfo.ConvertTime(until, GroupClock.Zone(zone));
            var notice = texts.Format(TextKey.SnoozedUntil, Formats.Date(texts, DateOnly.FromDateTime(local.DateTime)), local.ToString("HH:mm"));
            return new CardReply(ReminderCard.Build(texts, context.View(action), new Notice(notice, IsProblem: false)));
        }, cancellationToken);
}
