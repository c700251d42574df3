using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Exports;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>Routes a request, typed or pressed, to its handler by its verb.</summary>
public sealed class CommandDispatcher(
    HelpHandler help,
    PlanHandler plan,
    MyActionsHandler myActions,
    ActionFormHandler forms,
    ActionUpdateHandler updates,
    MembersHandler members,
    ExportHandler export,
    SnoozeHandler snooze,
    DigestHandler digest,
    ReminderSettingsHandler reminderSettings,
    MeetingsHandler meetings,
    AttendanceHandler attendance,
    DecisionsHandler decisions,
    CalendarHandler calendar)
{
    private const int EchoLimit = 60;

    public Task<Reply> HandleAsync(Request request, CancellationToken cancellationToken) => request.Verb switch
    {
        Verbs.Help => help.HandleAsync(request.Turn, cancellationToken),
        Verbs.Plan => plan.ShowAsync(request, cancellationToken),
        Verbs.StartPlanFromTemplate => plan.StartAsync(request, fromTemplate: true, cancellationToken),
        Verbs.StartEmptyPlan => plan.StartAsync(request, fromTemplate: false, cancellationToken),
        Verbs.Areas => plan.AreasAsync(request, cancellationToken),
        Verbs.AddArea => plan.AddAreaAsync(request, cancellationToken),
        Verbs.RenameArea => plan.RenameAreaAsync(request, cancellationToken),
        Verbs.RetireArea => plan.RetireAreaAsync(request, cancellationToken),
        Verbs.MyActions => myActions.ListAsync(request, cancellationToken),
        Verbs.NewAction => forms.NewAsync(request, cancellationToken),
        Verbs.CreateAction => forms.CreateAsync(request, cancellationToken),
        Verbs.EditAction => forms.EditAsync(request, cancellationToken),
        Verbs.SaveAction => forms.SaveAsync(request, cancellationToken),
        Verbs.OpenAction or Verbs.RefreshAction => updates.OpenAsync(request, cancellationToken),
        Verbs.SetStatus => updates.SetStatusAsync(request, cancellationToken),
        Verbs.AddNote => updates.AddNoteAsync(request, cancellationToken),
        Verbs.History => updates.HistoryAsync(request, cancellationToken),
        Verbs.Members => members.ListAsync(request, cancellationToken),
        Verbs.MakeChair => members.MakeChairAsync(request, cancellationToken),
        Verbs.StepDown => members.StepDownAsync(request, cancellationToken),
        Verbs.Export => export.LinksAsync(request, cancellationToken),
        Verbs.Snooze => snooze.SnoozeAsync(request, cancellationToken),
        Verbs.Digest => digest.ShowAsync(request, cancellationToken),
        Verbs.ReminderSettings => reminderSettings.ShowAsync(request, cancellationToken),
        Verbs.SaveReminderSettings => reminderSettings.SaveAsync(request, cancellationToken),
        Verbs.Meetings => meetings.ListAsync(request, cancellationToken),
        Verbs.ScheduleMeeting => meetings.ScheduleFormAsync(request, cancellationToken),
        Verbs.CreateMeeting => meetings.CreateAsync(request, cancellationToken),
        Verbs.CancelMeeting => meetings.CancelAsync(request, cancellationToken),
        Verbs.MoveMeeting => meetings.MoveAsync(request, cancellationToken),
        Verbs.EndSeries => meetings.EndAsync(request, cancellationToken),
        Verbs.ChangeSeries => meetings.ChangeFromAsync(request, cancellationToken),
        Verbs.Attend => attendance.AnswerAsync(request, cancellationToken),
        Verbs.Decisions => decisions.FormAsync(request, cancellationToken),
        Verbs.SaveDecisions => decisions.SaveAsync(request, cancellationToken),
        Verbs.Calendar => calendar.ShowAsync(request, cancellationToken),
        Verbs.RenewFeed => calendar.RenewAsync(request, cancellationToken),
        Verbs.RevokeFeed => calendar.RevokeAsync(request, cancellationToken),
        _ => Task.FromResult<Reply>(new TextReply(request.Texts.Format(TextKey.UnknownCommandHint, Shorten(request.TypedText)))),
    };

    /// <summary>The typed text, short, and shown as typed (the reply is Markdown too).</summary>
    private static string Shorten(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return AdaptiveCard.Literal(trimmed.Length <= EchoLimit ? trimmed : trimmed[..EchoLimit] + "…");
    }
}
