namespace WorkingGroupBot.Members;

/// <summary>Who joined and who left a group in one roster sync (AAD object ids).</summary>
public sealed record RosterChange(IReadOnlyList<string> Joined, IReadOnlyList<string> Left);
