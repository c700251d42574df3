using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Dashboard;

/// <summary>The person behind a tab request, as their verified sign-in names them: the tenant is the token's.</summary>
public sealed record TabUser(string TenantId, string AadObjectId, Language Language, string? TimeZone = null);

/// <summary>
/// What the tab reads and changes, under the bot's rules: a person sees only the groups whose roster they are in, and
/// changes an action only as a card would let them (the same <see cref="ActionUpdateHandler"/>, the same checks on the
/// action as stored).
/// </summary>
public sealed class Dashboards(
    IGroupStore groups,
    IMemberStore members,
    IPlanStore plans,
    ActionUpdateHandler updates,
    TimeProvider clock
)
{
    /// <summary>How far back the dashboard's recent changes go.</summary>
    public static readonly TimeSpan ChangesWindow = TimeSpan.FromDays(30);

    /// <summary>The active groups of the user's tenant whose roster they are in, by name.</summary>
    public async Task<IReadOnlyList<Group>> GroupsAsync(TabUser user, CancellationToken cancellationToken)
    {
        var ids = await members.FindGroupIdsAsync(user.TenantId, user.AadObjectId, cancellationToken);
        var found = ids.Count == 0 ? [] : await groups.FindManyAsync(user.TenantId, ids, cancellationToken);
        return found.Where(g => g.Active).OrderBy(g => g.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The dashboard's read of one group: everything in one query of its partition.</summary>
    public Task<GroupContext?> ReadAsync(TabUser user, string groupId, CancellationToken cancellationToken) =>
        OpenAsync(
            user,
            groupId,
            new PlanReads(AllActions: true, Meetings: true, ChangesSince: clock.GetUtcNow() - ChangesWindow),
            cancellationToken
        );

    /// <summary>Moves an action to a status, as the card's button would; null when the group or action is not the
    /// user's to see.</summary>
    public Task<ActionEdit?> ChangeStatusAsync(
        TabUser user,
        string groupId,
        int number,
        string? status,
        string reason,
        CancellationToken cancellationToken
    ) =>
        ChangeAsync(
            user,
            groupId,
            number,
            c => updates.ChangeStatusAsync(c, status, reason, cancellationToken),
            cancellationToken
        );

    /// <summary>Adds a progress note, as the card's form would; a repeated <paramref name="submission"/> adds nothing.
    /// </summary>
    public Task<ActionEdit?> AddNoteAsync(
        TabUser user,
        string groupId,
        int number,
        string note,
        string? submission,
        CancellationToken cancellationToken
    ) =>
        ChangeAsync(
            user,
            groupId,
            number,
            c => updates.NoteAsync(c, note, submission, cancellationToken),
            cancellationToken
        );

    private async Task<ActionEdit?> ChangeAsync(
        TabUser user,
        string groupId,
        int number,
        Func<GroupContext, Task<ActionEdit>> change,
        CancellationToken cancellationToken
    ) =>
        await OpenAsync(user, groupId, new PlanReads(Action: number), cancellationToken) is { Action: not null } context
            ? await change(context)
            : null;

    /// <summary>
    /// The group and its partition as <paramref name="reads"/> asks, read at once; null unless the group is active and
    /// the user is in its roster (an unknown group, another tenant's, or one they left all look the same).
    /// </summary>
    private async Task<GroupContext?> OpenAsync(
        TabUser user,
        string groupId,
        PlanReads reads,
        CancellationToken cancellationToken
    )
    {
        var key = new GroupKey(user.TenantId, groupId);
        var group = groups.FindAsync(key, cancellationToken);
        var read = plans.ReadAsync(key, reads, cancellationToken);
        await Task.WhenAll(group, read);
        if (
            await group is not { Active: true } found
            || (await read).Members.FirstOrDefault(m => m.InRoster && m.AadObjectId == user.AadObjectId)
                is not { } member
        )
        {
            return null;
        }

        var caller = new Caller
        {
            TenantId = user.TenantId,
            AadObjectId = user.AadObjectId,
            TeamsUserId = member.Identity.TeamsUserId,
            Name = member.Name,
            Language = user.Language,
            TimeZone = user.TimeZone,
        };
        var turn = new Turn
        {
            Caller = caller,
            Scope = ConversationScope.Personal,
            Group = key,
        };
        return new GroupContext(
            new Request(turn, Verb: null, CardInput.None),
            new Membership(found, member),
            await read,
            clock.Today(found.TimeZone)
        );
    }
}
