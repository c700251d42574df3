using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

/// <summary>Teams' roster of a team or group chat, one page at a time (read at the Teams edge).</summary>
public interface IRosterSource
{
    /// <param name="continuation">Where the previous page ended; null for the first page.</param>
    Task<RosterPage> ReadPageAsync(Group group, string? continuation, CancellationToken cancellationToken);
}

/// <summary>One page of a roster; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record RosterPage(IReadOnlyList<TeamsIdentity> Members, string? Continuation);
