using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Members;

/// <summary>A person's place in one active group.</summary>
public sealed record Membership(Group Group, Member Member);
