using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.People;

public interface IPersonStore
{
    Task<Person?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    Task SavePersonalChatAsync(Caller caller, ConversationAddress personalChat, CancellationToken cancellationToken);

    /// <summary>Remembers a 1:1 chat the bot opened itself (it knows nothing else of the person then).</summary>
    Task RememberPersonalChatAsync(
        string tenantId,
        string aadObjectId,
        ConversationAddress personalChat,
        CancellationToken cancellationToken
    );

    /// <summary>Records that people joined or left a group, so their personal chat knows their groups.</summary>
    Task RecordMembershipAsync(GroupKey group, RosterChange change, CancellationToken cancellationToken);
}
