using WorkingGroupBot.Conversations;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Meetings;

/// <summary>
/// The meetings' verbs. The list and the notice show each meeting's agenda, built from the plan's actions, so those
/// routes read every action with the group.
/// </summary>
public sealed class MeetingRoutes(
    MeetingsHandler meetings,
    AttendanceHandler attendance,
    DecisionsHandler decisions,
    MinutesHandler minutes,
    AgendaPointsHandler points,
    CalendarHandler calendar
) : IRoutes
{
    private static readonly Func<Request, PlanReads> AllActions = _ => new PlanReads(AllActions: true);

    public IEnumerable<Route> Routes =>
        [
            Route.Group(Verbs.Meetings, Access.Member, meetings.ListAsync, AllActions),
            Route.Group(Verbs.ScheduleMeeting, Access.Chair, meetings.ScheduleFormAsync),
            Route.Group(Verbs.CreateMeeting, Access.Chair, meetings.CreateAsync, AllActions),
            Route.Group(Verbs.PreviewMeeting, Access.Chair, meetings.PreviewAsync),
            Route.Group(Verbs.CancelMeeting, Access.Chair, meetings.CancelAsync, AllActions),
            Route.Group(Verbs.MoveMeeting, Access.Chair, meetings.MoveAsync, AllActions),
            Route.Group(Verbs.EndSeries, Access.Chair, meetings.EndAsync, AllActions),
            Route.Group(Verbs.ChangeSeries, Access.Chair, meetings.ChangeFromAsync, AllActions),
            Route.Group(Verbs.Attend, Access.Member, attendance.AnswerAsync, AllActions),
            Route.Group(Verbs.Agenda, Access.Member, meetings.AgendaAsync, AllActions),
            Route.Group(Verbs.Decisions, Access.Chair, decisions.FormAsync),
            Route.Group(Verbs.SaveDecisions, Access.Chair, decisions.SaveAsync),
            Route.Group(Verbs.SyncInvitation, Access.Chair, meetings.SyncInvitationAsync, AllActions),
            Route.Group(Verbs.AddAgendaPoint, Access.Chair, points.AddAsync, AllActions),
            Route.Group(Verbs.MinutesList, Access.Member, minutes.ListAsync),
            Route.Group(Verbs.OpenMinutes, Access.Member, minutes.OpenAsync, AllActions),
            Route.Group(Verbs.SaveMinutes, Access.Chair, minutes.SaveAsync),
            Route.Group(Verbs.ApproveMinutes, Access.Chair, minutes.ApproveAsync, AllActions),
            Route.Group(Verbs.CorrectMinutes, Access.Chair, minutes.CorrectAsync),
            Route.Group(Verbs.DownloadMinutes, Access.Member, minutes.DownloadAsync),
            Route.Group(Verbs.Calendar, Access.Member, calendar.ShowAsync),
            Route.Group(Verbs.RenewFeed, Access.Member, calendar.RenewAsync),
            Route.Group(Verbs.RevokeFeed, Access.Member, calendar.RevokeAsync),
        ];
}
