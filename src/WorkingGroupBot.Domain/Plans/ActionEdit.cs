using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The decision about one change of an action, made on the state the turn read: apply (the new state and its log line)
/// or refuse (why). When someone else changed the action first, the store decides again on the stored state.
/// </summary>
public abstract record ActionEdit
{
    public static ActionEdit Refuse(TextKey reason) => new Refused(reason);

    public static ActionEdit Apply(ActionItem updated, LogEntry log) => new Applied(updated, log);

    public sealed record Applied(ActionItem Action, LogEntry Log) : ActionEdit;

    public sealed record Refused(TextKey Reason) : ActionEdit;
}
