using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Plans;

/// <summary>Everything a card needs to show one action to one viewer.</summary>
public sealed record ActionView(
    Group Group,
    ActionItem Action,
    Plan Plan,
    IReadOnlyList<Member> Members,
    Member Viewer,
    DateOnly Today
)
{
    /// <summary>The time zone the viewer reads times in: their own when Teams says it, else the group's.</summary>
    public string ReaderZone { get; init; } = Group.TimeZone;

    /// <summary>The group's institutions (to name the one that owns the action).</summary>
    public IReadOnlyList<Institution> Institutions { get; init; } = [];

    public string NameOf(string aadObjectId) => Members.FirstOrDefault(m => m.AadObjectId == aadObjectId)?.Name ?? "?";

    public bool CanMoveTo(ActionStatus status) => ActionPolicy.CanChangeStatus(Viewer, Action, status) is null;

    public bool CanAddNote => ActionPolicy.CanAddNote(Viewer, Action) is null;

    /// <summary>The Teams ids of the people who may act on the action: the cards they see refresh themselves.</summary>
    public IEnumerable<string> Actors =>
        Members
            .Where(m => m.InRoster && (m.IsChair || Action.IsResponsible(m.AadObjectId)))
            .Select(m => m.Identity.TeamsUserId);
}
