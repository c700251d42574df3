using WorkingGroupBot.Groups;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// Which reminders a policy wants, as lazy sequences ordered by due time (the overdue chain never ends). Only one
/// reminder per chain is stored at a time: the next one, which plans its successor when it is sent. A stored reminder
/// is sent only if the current state of the action still wants it, so a moved deadline, a closed action, a snooze or a
/// new policy silently retires reminders planned before.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>How far back a reminder missed before the action existed (or before its deadline moved) is still
    /// sent.</summary>
    public static readonly TimeSpan CatchUp = TimeSpan.FromHours(12);

    public static IEnumerable<Reminder> ForMember(
        ActionItem action,
        string person,
        ReminderPolicy policy,
        LatvianCalendar calendar,
        string timeZone,
        Snooze? snooze = null
    )
    {
        if (action.Status.IsClosed() || !action.IsResponsible(person))
        {
            return [];
        }

        var zone = GroupClock.Zone(timeZone);
        Reminder Make(ReminderKind kind, DateOnly date) =>
            new()
            {
                Kind = kind,
                DueAt = LocalTime.At(date, policy.At, zone),
                Action = action.Number,
                Person = person,
                Deadline = action.Deadline,
                TimeZone = timeZone,
            };

        var before = policy
            .DaysBefore.Where(d => d > 0)
            .Distinct()
            .OrderDescending()
            .Select(d => Make(ReminderKind.Before, action.Deadline.AddDays(-d)));
        var overdue = calendar
            .WorkingDaysAfter(action.Deadline)
            .Where((_, i) => (i + 1) % Math.Max(1, policy.OverdueEveryWorkingDays) == 0)
            .Select(d => Make(ReminderKind.Overdue, d));
        var all = before.Append(Make(ReminderKind.OnTheDay, action.Deadline)).Concat(overdue);
        if (snooze is not { } s || s.Deadline != action.Deadline)
        {
            return all;
        }

        var snoozed = new Reminder
        {
            Kind = ReminderKind.Snoozed,
            DueAt = s.Until,
            Action = action.Number,
            Person = person,
            Deadline = action.Deadline,
            TimeZone = timeZone,
        };
        return all.Where(r => r.DueAt > s.Until).Prepend(snoozed);
    }

    /// <summary>The chairs (and deputies) are told once, after the action has been overdue for the policy's number of
    /// working days.</summary>
    public static IEnumerable<Reminder> ForChair(
        ActionItem action,
        string chair,
        ReminderPolicy policy,
        LatvianCalendar calendar,
        string groupTimeZone
    )
    {
        if (action.Status.IsClosed() || policy.TellChairsAfterDays <= 0)
        {
            return [];
        }

        var due = LocalTime.At(
            calendar.WorkingDaysAfter(action.Deadline).ElementAt(policy.TellChairsAfterDays - 1),
            policy.At,
            GroupClock.Zone(groupTimeZone)
        );
        return
        [
            new Reminder
            {
                Kind = ReminderKind.TellChair,
                DueAt = due,
                Action = action.Number,
                Person = chair,
                Deadline = action.Deadline,
                TimeZone = groupTimeZone,
            },
        ];
    }

    /// <summary>
    /// The weekly digests from the week of <paramref name="from"/> on. A digest whose day is not a working day goes out
    /// on the next working day; one that would be pushed into the next week's (never so in Latvia's calendar, but the
    /// configured days off could) is left out, as the next one says the same.
    /// </summary>
    public static IEnumerable<Reminder> Digests(
        ReminderPolicy policy,
        LatvianCalendar calendar,
        string groupTimeZone,
        DateTimeOffset from
    )
    {
        var zone = GroupClock.Zone(groupTimeZone);
        var date = LocalTime.DateOf(from, zone);
        date = date.AddDays(-(((int)date.DayOfWeek - (int)policy.DigestDay + 7) % 7));
        for (; ; date = date.AddDays(7))
        {
            var day = calendar.OnOrNextWorkingDay(date);
            if (day < date.AddDays(7))
            {
                yield return new Reminder
                {
                    Kind = ReminderKind.Digest,
                    DueAt = LocalTime.At(day, policy.DigestAt, zone),
                    TimeZone = groupTimeZone,
                };
            }
        }
    }

    /// <summary>The reminder to store when a chain starts: the next one due, or one just missed if catching
    /// up.</summary>
    public static Reminder? Head(IEnumerable<Reminder> wanted, DateTimeOffset now, bool catchUp)
    {
        var missed = catchUp
            ? wanted.TakeWhile(r => r.DueAt <= now).LastOrDefault(r => r.DueAt >= now - CatchUp)
            : null;
        return missed ?? Next(wanted, now);
    }

    /// <summary>The reminder after one that was sent at <paramref name="now"/>: never one that is already
    /// due.</summary>
    public static Reminder? Next(IEnumerable<Reminder> wanted, DateTimeOffset now) =>
        wanted.FirstOrDefault(r => r.DueAt > now);

    public static bool Wants(IEnumerable<Reminder> wanted, Reminder reminder) =>
        wanted.TakeWhile(r => r.DueAt <= reminder.DueAt).Contains(reminder);
}
