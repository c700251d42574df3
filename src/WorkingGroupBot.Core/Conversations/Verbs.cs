namespace WorkingGroupBot.Conversations;

/// <summary>
/// What a person can ask for. A typed command and a card button both come down to a verb; card data only adds which
/// group or action is meant, and that is checked against the caller's memberships every time.
/// </summary>
public static class Verbs
{
    public const string Help = "help";
    public const string MyActions = "myActions";
    public const string Plan = "plan";
    public const string NewAction = "newAction";
    public const string Members = "members";
    public const string Export = "export";

    public const string StartPlanFromTemplate = "plan.template";
    public const string StartEmptyPlan = "plan.empty";
    public const string Areas = "areas";
    public const string AddArea = "area.add";
    public const string RenameArea = "area.rename";
    public const string RetireArea = "area.retire";

    public const string CreateAction = "action.create";
    public const string EditAction = "action.edit";
    public const string SaveAction = "action.save";
    public const string OpenAction = "action.open";
    public const string ListActions = "action.list";
    public const string RefreshAction = "action.refresh";
    public const string SetStatus = "action.status";
    public const string AddNote = "action.note";
    public const string History = "action.history";

    public const string Snooze = "reminder.snooze";
    public const string Digest = "digest";
    public const string ReminderSettings = "reminders";
    public const string SaveReminderSettings = "reminders.save";

    public const string Meetings = "meetings";
    public const string ScheduleMeeting = "meeting.schedule";
    public const string CreateMeeting = "meeting.create";
    public const string CancelMeeting = "meeting.cancel";
    public const string MoveMeeting = "meeting.move";
    public const string EndSeries = "meeting.end";
    public const string ChangeSeries = "meeting.changeFrom";
    public const string Attend = "meeting.attend";
    public const string Agenda = "meeting.agenda";
    public const string PreviewMeeting = "meeting.preview";
    public const string Decisions = "meeting.decisions";
    public const string SaveDecisions = "meeting.saveDecisions";
    public const string AddAgendaPoint = "meeting.addPoint";
    public const string SyncInvitation = "meeting.syncInvitation";
    public const string MinutesList = "minutes";
    public const string OpenMinutes = "minutes.open";
    public const string SaveMinutes = "minutes.save";
    public const string ApproveMinutes = "minutes.approve";
    public const string CorrectMinutes = "minutes.correct";
    public const string DownloadMinutes = "minutes.download";
    public const string Calendar = "calendar";
    public const string RenewFeed = "calendar.renew";
    public const string RevokeFeed = "calendar.revoke";

    public const string MakeChair = "chair.make";
    public const string StepDown = "chair.stepDown";
    public const string Absences = "absence.show";
    public const string SetAbsence = "absence.set";
    public const string CancelAbsence = "absence.cancel";
    public const string Institutions = "institution.list";
    public const string Handover = "handover.show";
    public const string ChooseAreaInstitution = "area.chooseInstitution";
    public const string SetAreaInstitution = "area.institution";
    public const string HandOver = "handover.assign";
    public const string EditInstitution = "institution.edit";
    public const string SaveInstitution = "institution.save";
    public const string RemoveInstitution = "institution.remove";
}
