using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Commands;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Dashboard;
using WorkingGroupBot.Delivery;
using WorkingGroupBot.Exports;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Installation;
using WorkingGroupBot.Links;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Storage;

namespace WorkingGroupBot;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The domain, its table stores and the command handlers; everything but the Teams edge.</summary>
    public static IServiceCollection AddWorkingGroupCore(
        this IServiceCollection services,
        string tablesConnectionString
    )
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(TableStorage.Client(tablesConnectionString));
        services.AddSingleton<TableStorage>();
        services.AddSingleton<IStorageFailures, StorageFailure>();
        services
            .AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IGroupStore, TableGroupStore>();
        services.AddSingleton<IMemberStore, TableMemberStore>();
        services.AddSingleton<IInstitutionStore, TableInstitutionStore>();
        services.AddSingleton<IPersonStore, TablePersonStore>();
        services.AddSingleton<IPlanStore, TablePlanStore>();
        services.AddSingleton<ILinkStore, TableLinkStore>();
        services.AddSingleton<LinkAccess>();
        services.AddSingleton<MembershipLookup>();
        services.AddSingleton<IRosterSyncStore, TableRosterSyncStore>();
        services.AddSingleton<RosterSync>();
        services.AddHostedService<RosterSyncService>();
        services.AddSingleton<MemberSearch>();
        services.AddSingleton<InstallationService>();
        services.AddSingleton<NewActions>();
        services.AddSingleton<ActionChanges>();
        services.AddSingleton<PlanHandler>();
        services.AddSingleton<MyActionsHandler>();
        services.AddSingleton<ActionFormHandler>();
        services.AddSingleton<ActionUpdateHandler>();
        services.AddSingleton<MembersHandler>();
        services.AddSingleton<ExportHandler>();
        services.AddSingleton<MinutesExport>();
        services.AddSingleton<IReminderStore, TableReminderStore>();
        services.AddSingleton<IGroupSettingsStore, TableGroupSettingsStore>();
        services
            .AddOptions<CalendarOptions>()
            .BindConfiguration(CalendarOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(s => s.GetRequiredService<IOptions<CalendarOptions>>().Value.Calendar());
        services.AddSingleton<PersonZones>();
        services.AddSingleton<ReminderPlanner>();
        services.AddSingleton<ActionReminderComposer>();
        services.AddSingleton<MeetingNoticeComposer>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<ReminderComposer>();
        services.AddSingleton<PersonalChats>();
        services.AddSingleton<AssignmentNotices>();
        services.AddSingleton<ClaimedSender>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<SnoozeHandler>();
        services.AddSingleton<DigestHandler>();
        services.AddSingleton<ReminderSettingsHandler>();
        services.AddHostedService<ReminderSweepService>();
        services
            .AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IMeetingStore, TableMeetingStore>();
        services.AddSingleton<IMinutesStore, TableMinutesStore>();
        services.AddSingleton<MeetingAgendas>();
        services.AddSingleton<Dashboards>();
        services.AddSingleton<AbsenceHandler>();
        services.AddSingleton<InstitutionsHandler>();
        services.AddSingleton<HandoverHandler>();
        services.AddSingleton<ILeaveNotices, HandoverNotices>();
        services.AddSingleton<IInstitutionChanges, InstitutionActions>();
        services.AddSingleton<MeetingsHandler>();
        // No Outlook invitations unless the host registers a sender (Graph configured).
        services.TryAddSingleton<IMeetingInvitations, NoMeetingInvitations>();
        services.AddSingleton<InvitationSync>();
        services.AddSingleton<IRosterUpdates, InvitationAttendees>();
        services.AddSingleton<AttendanceHandler>();
        services.AddSingleton<DecisionsHandler>();
        services.AddSingleton<MinutesHandler>();
        services.AddSingleton<AgendaPointsHandler>();
        services.AddSingleton<CalendarHandler>();
        services.AddSingleton<CalendarFeeds>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<IRoutes, HelpHandler>();
        services.AddSingleton<IRoutes, PlanRoutes>();
        services.AddSingleton<IRoutes, MemberRoutes>();
        services.AddSingleton<IRoutes, MeetingRoutes>();
        services.AddSingleton<IRoutes, ReminderRoutes>();
        services.AddSingleton<IRoutes, DeliveryRoutes>();
        services.AddSingleton<IRoutes, ExportRoutes>();
        services
            .AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
