using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Reminders;

/// <summary>The reminder settings' verbs (chairs).</summary>
public sealed class ReminderRoutes(ReminderSettingsHandler settings) : IRoutes
{
    public IEnumerable<Route> Routes =>
        [
            Route.Group(Verbs.ReminderSettings, Access.Chair, settings.ShowAsync),
            Route.Group(Verbs.SaveReminderSettings, Access.Chair, settings.SaveAsync),
        ];
}
