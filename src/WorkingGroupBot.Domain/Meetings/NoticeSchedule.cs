using WorkingGroupBot.Reminders;

namespace WorkingGroupBot.Meetings;

/// <summary>The notices a series wants: for each meeting from a moment on, one per notice offset, in order of due
/// time.</summary>
public static class NoticeSchedule
{
    private const int WindowDays = 92;
    private const int Years = 5;

    public static IEnumerable<Reminder> For(MeetingSeries series, DateTimeOffset meetingsFrom)
    {
        for (var window = meetingsFrom; window < meetingsFrom.AddYears(Years); window = window.AddDays(WindowDays))
        {
            var notices = MeetingCalendar
                .Between(series, window, window.AddDays(WindowDays))
                .SelectMany(meeting =>
                    series.NoticesBefore.Select(before => new Reminder
                    {
                        Kind = ReminderKind.MeetingNotice,
                        DueAt = meeting.Start - before,
                        Meeting = series.Id,
                        Occurrence = meeting.OriginalDate,
                        TimeZone = series.TimeZone,
                    })
                )
                .OrderBy(r => r.DueAt);
            foreach (var notice in notices)
            {
                yield return notice;
            }
        }
    }

    /// <summary>Whether the notice is still wanted: its meeting still starts when the notice says.</summary>
    public static bool Wants(MeetingSeries series, Reminder notice) =>
        ReminderSchedule.Wants(For(series, notice.DueAt), notice);
}
