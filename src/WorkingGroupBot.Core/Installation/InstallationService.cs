using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.People;
using WorkingGroupBot.Reminders;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Installation;

/// <summary>What happens when the bot is added to or removed from a team, a group chat or a personal chat.</summary>
public sealed class InstallationService(
    IGroupStore groups,
    IMemberStore members,
    IPersonStore people,
    MembershipLookup memberships,
    ReminderPlanner planner,
    IRosterSyncStore rosterSyncs,
    RosterSync rosterSync
)
{
    /// <summary>
    /// Creates (or reactivates) the group; the installer becomes its first chair. The roster is synced in the turn for
    /// a
    /// few seconds and in the background after that, so even a large team's install is answered at once.
    /// </summary>
    /// <returns>The welcome card, or null when the group was already active (Teams repeats install events).</returns>
    public async Task<Reply?> InstallInGroupAsync(Group group, Caller installer, CancellationToken cancellationToken)
    {
        var isNew = await groups.ActivateAsync(group, cancellationToken);
        var sync = await rosterSyncs.RequestAsync(group.Key, cancellationToken);
        await people.RecordMembershipAsync(group.Key, new RosterChange([installer.AadObjectId], []), cancellationToken);
        var chair = await members.EnsureChairAsync(
            group.Key,
            IdentityOf(installer),
            sync.Generation,
            cancellationToken
        );
        await rosterSync.RunInTurnAsync(sync, cancellationToken);
        if (!isNew)
        {
            return null;
        }

        // The channel's card is in the group's language, whatever the installer's own.
        var texts = TextSet.For(group.Language);
        return new CardReply(WelcomeCard.Build(texts, group.Name, chair.Name.Length > 0 ? chair.Name : installer.Name));
    }

    public async Task<bool> IsActiveAsync(GroupKey group, CancellationToken cancellationToken) =>
        (await groups.FindAsync(group, cancellationToken))?.Active == true;

    /// <summary>Someone joined or left: the roster is synced again (and whatever an earlier sync left out is
    /// written).</summary>
    public Task SyncRosterAsync(GroupKey group, CancellationToken cancellationToken) =>
        rosterSync.RequestAsync(group, cancellationToken);

    public Task UninstallFromGroupAsync(GroupKey group, CancellationToken cancellationToken) =>
        groups.DeactivateAsync(group, cancellationToken);

    public async Task<Reply> InstallPersonalAsync(
        Turn turn,
        ConversationAddress personalChat,
        CancellationToken cancellationToken
    )
    {
        await people.SavePersonalChatAsync(turn.Caller, personalChat, cancellationToken);
        var mine = await memberships.FindAsync(turn, cancellationToken);
        foreach (var membership in mine.Where(m => m.Member.Unreachable))
        {
            // They are back: reachable again, and their reminders are planned anew.
            await planner.ChangeGroupAsync(
                membership.Group,
                () =>
                    members.SetUnreachableAsync(
                        membership.Group.Key,
                        turn.Caller.AadObjectId,
                        false,
                        cancellationToken
                    ),
                cancellationToken
            );
        }

        return new CardReply(
            PersonalWelcomeCard.Build(turn.Texts, turn.Caller.Name, mine.Select(m => m.Group.Name).ToList())
        );
    }

    private static TeamsIdentity IdentityOf(Caller caller) =>
        new()
        {
            AadObjectId = caller.AadObjectId,
            TeamsUserId = caller.TeamsUserId,
            Name = caller.Name,
        };
}
