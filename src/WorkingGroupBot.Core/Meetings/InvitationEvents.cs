using System.Security.Cryptography;
using System.Text;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Meetings;

/// <summary>What a series' Outlook invitation says, and where one of its meetings is in Outlook.</summary>
public static class InvitationEvents
{
    /// <summary>The group's members in the roster who have a sign-in address, each once.</summary>
    public static IReadOnlyList<InvitationAttendee> Attendees(IEnumerable<Member> members) =>
        members
            .Where(m => m.InRoster && !string.IsNullOrWhiteSpace(m.Identity.Upn))
            .Select(m => new InvitationAttendee(m.Name, m.Identity.Upn!.Trim()))
            .DistinctBy(a => a.Address, StringComparer.OrdinalIgnoreCase)
            .OrderBy(a => a.Address, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A short digest of the addresses, stored with the invitation instead of the list itself.</summary>
    public static string Digest(IReadOnlyList<InvitationAttendee> attendees) =>
        Convert.ToHexString(
            SHA256.HashData(
                Encoding.UTF8.GetBytes(string.Join('\n', attendees.Select(a => a.Address.ToLowerInvariant())))
            )
        )[..32];

    /// <summary>The invitation for the series, or null when Outlook cannot repeat it as its rule says.</summary>
    public static InvitationEvent? For(Group group, MeetingSeries series, IReadOnlyList<InvitationAttendee> attendees)
    {
        if (OutlookRecurrence.Of(series) is not { } recurrence)
        {
            return null;
        }

        var start = series.FirstDate.ToDateTime(series.Start);
        return new InvitationEvent(
            series.Title,
            TextSet.For(group.Language).Format(TextKey.InvitationBody, group.Name),
            series.Place,
            start,
            start.AddMinutes(series.DurationMinutes),
            series.TimeZone,
            recurrence,
            attendees
        );
    }

    /// <summary>The meeting planned on the date as a new invitation has it: where the rule put it.</summary>
    public static InvitationOccurrence Planned(MeetingSeries series, DateOnly originalDate)
    {
        var start = LocalTime.At(originalDate, series.Start, GroupClock.Zone(series.TimeZone));
        return new(start, start, start.AddMinutes(series.DurationMinutes));
    }

    /// <summary>The meeting planned on the date where the series (as it was) has it: moved, or where planned.</summary>
    public static InvitationOccurrence Current(MeetingSeries series, DateOnly originalDate) =>
        MeetingCalendar.Find(series, originalDate) is { } meeting
            ? Planned(series, originalDate) with
            {
                Start = meeting.Start,
                End = meeting.End,
            }
            : Planned(series, originalDate);
}
