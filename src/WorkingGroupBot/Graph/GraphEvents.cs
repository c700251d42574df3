using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using WorkingGroupBot.Meetings;
using DayOfWeek = System.DayOfWeek;
using GraphDayOfWeek = Microsoft.Graph.Models.DayOfWeekObject;

namespace WorkingGroupBot.Graph;

/// <summary>A series' invitation in Microsoft Graph's event resource.</summary>
internal static class GraphEvents
{
    public static Event New(InvitationEvent invitation)
    {
        var zone = WindowsZone(invitation.TimeZone);
        return new Event
        {
            Subject = invitation.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = invitation.Body },
            Location = invitation.Location.Length > 0 ? new Location { DisplayName = invitation.Location } : null,
            Start = Time(invitation.Start, zone),
            End = Time(invitation.End, zone),
            Recurrence = Recurrence(invitation.Recurrence),
            Attendees = Attendees(invitation.Attendees),
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = false,
        };
    }

    public static List<Attendee> Attendees(IReadOnlyList<InvitationAttendee> attendees) =>
        attendees
            .Select(a => new Attendee
            {
                Type = AttendeeType.Required,
                EmailAddress = new EmailAddress { Address = a.Address, Name = a.Name },
            })
            .ToList();

    public static PatternedRecurrence Recurrence(OutlookRecurrence recurrence) =>
        new()
        {
            Pattern = new RecurrencePattern
            {
                Type = recurrence.Kind switch
                {
                    "daily" => RecurrencePatternType.Daily,
                    "weekly" => RecurrencePatternType.Weekly,
                    "absoluteMonthly" => RecurrencePatternType.AbsoluteMonthly,
                    "relativeMonthly" => RecurrencePatternType.RelativeMonthly,
                    "absoluteYearly" => RecurrencePatternType.AbsoluteYearly,
                    "relativeYearly" => RecurrencePatternType.RelativeYearly,
                    _ => throw new ArgumentException($"Unknown recurrence {recurrence.Kind}", nameof(recurrence)),
                },
                Interval = recurrence.Interval,
                DaysOfWeek = recurrence.Days.Count > 0 ? [.. recurrence.Days.Select(Day)] : null,
                Index = recurrence.Index switch
                {
                    null => null,
                    "first" => WeekIndex.First,
                    "second" => WeekIndex.Second,
                    "third" => WeekIndex.Third,
                    "fourth" => WeekIndex.Fourth,
                    _ => WeekIndex.Last,
                },
                DayOfMonth = recurrence.DayOfMonth > 0 ? recurrence.DayOfMonth : null,
                Month = recurrence.Month > 0 ? recurrence.Month : null,
                FirstDayOfWeek = recurrence.Kind == "weekly" ? GraphDayOfWeek.Monday : null,
            },
            Range = new RecurrenceRange
            {
                StartDate = new Date(recurrence.StartDate.ToDateTime(TimeOnly.MinValue)),
                Type =
                    recurrence.EndDate is not null ? RecurrenceRangeType.EndDate
                    : recurrence.Count is not null ? RecurrenceRangeType.Numbered
                    : RecurrenceRangeType.NoEnd,
                EndDate = recurrence.EndDate is { } end ? new Date(end.ToDateTime(TimeOnly.MinValue)) : null,
                NumberOfOccurrences = recurrence.Count,
            },
        };

    /// <summary>A local time in the group's zone, the way Graph takes it.</summary>
    public static DateTimeTimeZone Time(DateTime local, string windowsZone) =>
        new()
        {
            DateTime = local.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            TimeZone = windowsZone,
        };

    /// <summary>Outlook names zones the Windows way ("FLE Standard Time" for Europe/Riga).</summary>
    public static string WindowsZone(string ianaZone) =>
        TimeZoneInfo.TryConvertIanaIdToWindowsId(ianaZone, out var windows) ? windows : ianaZone;

    private static GraphDayOfWeek Day(DayOfWeek day) =>
        day switch
        {
            DayOfWeek.Monday => GraphDayOfWeek.Monday,
            DayOfWeek.Tuesday => GraphDayOfWeek.Tuesday,
            DayOfWeek.Wednesday => GraphDayOfWeek.Wednesday,
            DayOfWeek.Thursday => GraphDayOfWeek.Thursday,
            DayOfWeek.Friday => GraphDayOfWeek.Friday,
            DayOfWeek.Saturday => GraphDayOfWeek.Saturday,
            _ => GraphDayOfWeek.Sunday,
        };
}
