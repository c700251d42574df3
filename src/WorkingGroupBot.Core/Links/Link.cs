using WorkingGroupBot.Groups;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Links;

/// <summary>
/// An unguessable URL token that opens one thing of one group without signing in (an export, later a calendar feed).
/// It expires or can be revoked; a wrong, expired or revoked token reveals nothing.
/// </summary>
public sealed record Link(string Token, LinkKind Kind, GroupKey Group, Language Language, DateTimeOffset? ExpiresAt)
{
    /// <summary>For a personal calendar feed: whose it is.</summary>
    public string? Person { get; init; }
}

public enum LinkKind
{
    PlanExport,
    GroupCalendar,
    PersonalCalendar,
}
