using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Conversations;

/// <summary>
/// One verb of a feature. A route on a group names who may use it and what its handler needs of the group's partition;
/// the dispatcher finds the group, reads that once, checks the caller's membership and access, and calls the handler
/// with it all. A route on the caller (help, "my actions" across groups) gets the request alone.
/// </summary>
public sealed record Route
{
    private static readonly Func<Request, PlanReads> PlanOnly = _ => PlanReads.PlanOnly;

    public required string Verb { get; init; }
    public Access Access { get; init; }

    /// <summary>What of the group's partition the handler needs, beside the plan and members (always read).</summary>
    public Func<Request, PlanReads> Reads { get; init; } = PlanOnly;

    public Func<GroupContext, CancellationToken, Task<Reply>>? OnGroup { get; init; }
    public Func<Request, CancellationToken, Task<Reply>>? OnCaller { get; init; }

    public static Route Group(
        string verb,
        Access access,
        Func<GroupContext, CancellationToken, Task<Reply>> handle,
        Func<Request, PlanReads>? reads = null
    ) =>
        new()
        {
            Verb = verb,
            Access = access,
            OnGroup = handle,
            Reads = reads ?? PlanOnly,
        };

    public static Route Caller(string verb, Func<Request, CancellationToken, Task<Reply>> handle) =>
        new() { Verb = verb, OnCaller = handle };
}
