namespace WorkingGroupBot.Conversations;

/// <summary>A feature's verbs: one small table per feature folder (PlanRoutes, MeetingRoutes, …).</summary>
public interface IRoutes
{
    IEnumerable<Route> Routes { get; }
}
