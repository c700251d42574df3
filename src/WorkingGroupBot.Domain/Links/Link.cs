using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Links;

/// <summary>
/// An unguessable URL token that opens one thing of one group without signing in (an export or a calendar feed).
/// It expires or can be revoked, and works only while its group is active and its person still may see it; a wrong,
/// expired or revoked token reveals nothing.
/// </summary>
public sealed record Link(string Token, LinkKind Kind, GroupKey Group, Language Language, DateTimeOffset? ExpiresAt)
{
    /// <summary>Whose link it is: the member of a personal calendar feed, or the chair who asked for an
    /// export.</summary>
    public string? Person { get; init; }
}

public enum LinkKind
{
    PlanExport,
    GroupCalendar,
    PersonalCalendar,

    /// <summary>A group's approved minutes, for a member.</summary>
    Minutes,
}
