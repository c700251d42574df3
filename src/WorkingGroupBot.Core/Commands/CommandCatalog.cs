using WorkingGroupBot.Conversations;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Commands;

/// <summary>Every typed command the bot understands; help cards and the app manifest are built from this
/// list.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new(Verbs.MyActions, TextKey.CommandMyActions, TextKey.CommandMyActionsDescription),
        new(Verbs.Plan, TextKey.CommandPlan, TextKey.CommandPlanDescription),
        new(Verbs.NewAction, TextKey.CommandNewAction, TextKey.CommandNewActionDescription, ChairsOnly: true),
        new(Verbs.Meetings, TextKey.CommandMeetings, TextKey.CommandMeetingsDescription),
        new(Verbs.Calendar, TextKey.CommandCalendar, TextKey.CommandCalendarDescription),
        new(Verbs.Members, TextKey.CommandMembers, TextKey.CommandMembersDescription),
        new(Verbs.Digest, TextKey.CommandDigest, TextKey.CommandDigestDescription, ChairsOnly: true),
        new(Verbs.ReminderSettings, TextKey.CommandReminders, TextKey.CommandRemindersDescription, ChairsOnly: true),
        new(Verbs.Export, TextKey.CommandExport, TextKey.CommandExportDescription, ChairsOnly: true),
        new(Verbs.Help, TextKey.CommandHelp, TextKey.CommandHelpDescription),
    ];

    public static IEnumerable<CommandInfo> For(bool isChair) => All.Where(c => isChair || !c.ChairsOnly);
}
