using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Plans;

/// <summary>
/// The decision about one change of an action, made on the state the turn read: apply (the new state and its log line)
/// or refuse (why). When someone else changed the action first, <see cref="ActionChanges"/> decides again on the
/// stored state.
/// </summary>
public abstract record ActionEdit
{
    public static ActionEdit Refuse(TextKey reason) => new Refused(reason);

    public static ActionEdit Apply(ActionItem updated, LogEntry log) => new Applied(updated, log);

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/>, logged field by field as the
    /// author's; refused as nothing changed when no field differs.</summary>
    public static ActionEdit Change(
        ActionItem before,
        ActionItem after,
        string authorId,
        string authorName,
        DateTimeOffset at
    ) =>
        FieldChanges.Between(before, after) is { Count: > 0 } fields
            ? Apply(
                after,
                new LogEntry
                {
                    Kind = LogKind.Changed,
                    AuthorId = authorId,
                    AuthorName = authorName,
                    At = at,
                    Changes = fields,
                }
            )
            : Refuse(TextKey.NothingChanged);

    public sealed record Applied(ActionItem Action, LogEntry Log) : ActionEdit
    {
        /// <summary>The revision whose line <see cref="Log"/> is: the action's, unless it changed again since (a
        /// replayed submission).</summary>
        public int LogRevision { get; init; } = Action.Revision;

        /// <summary>
        /// The action's log with this change's line: <paramref name="read"/> is the log as the turn read it (line n is
        /// revision n), which may or may not hold the line already.
        /// </summary>
        public IReadOnlyList<LogEntry> LogAfter(IReadOnlyList<LogEntry> read) =>
            read.Count >= LogRevision ? read : [.. read, Log];
    }

    /// <param name="Reason">Why nothing changed.</param>
    public sealed record Refused(TextKey Reason) : ActionEdit
    {
        /// <summary>The action as it was when the change was refused; null when it is not found.</summary>
        public ActionItem? Action { get; init; }

        /// <summary>Nothing was wrong: the action is as asked already (a second press, a form saved unchanged).</summary>
        public bool IsNoOp => Reason is TextKey.NothingChanged or TextKey.RefusedAlreadyInStatus;
    }
}
