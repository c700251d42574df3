using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WorkingGroupBot.Links;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The iCalendar (.ics) feeds: a group's meeting series with their exceptions, and a member's feed with the group's
/// meetings and their own open actions' deadlines (all-day events).
/// </summary>
public sealed class CalendarFeeds(LinkAccess access, IMeetingStore meetings, IPlanStore plans, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string UidDomain = "workinggroupbot";

    /// <summary>The feed behind a token, or null for a wrong or revoked one, or one whose member or group has
    /// gone.</summary>
    public async Task<string?> RenderAsync(string token, CancellationToken cancellationToken)
    {
        if (
            await access.OpenAsync(token, [LinkKind.GroupCalendar, LinkKind.PersonalCalendar], cancellationToken)
            is not { Link: var link }
        )
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var calendar = new Calendar { ProductId = "-//WorkingGroupBot//LV" };
        foreach (var series in await meetings.ListSeriesAsync(link.Group, cancellationToken))
        {
            calendar.Events.AddRange(MeetingCalendar.ToEvents(series, UidDomain, now));
            calendar.AddTimeZone(series.TimeZone);
        }

        if (link.Person is { } person)
        {
            foreach (
                var action in (await plans.ListActionsAsync(link.Group, cancellationToken)).Where(a =>
                    !a.Status.IsClosed() && a.IsResponsible(person)
                )
            )
            {
                calendar.Events.Add(
                    new CalendarEvent
                    {
                        Uid =
                            $"action-{action.Number}-{new string([.. link.Group.GroupId.Where(char.IsAsciiLetterOrDigit)])}@{UidDomain}",
                        DtStamp = new CalDateTime(now.UtcDateTime),
                        Summary = $"#{action.Number} {action.Title}",
                        DtStart = new CalDateTime(action.Deadline),
                    }
                );
            }
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }
}
