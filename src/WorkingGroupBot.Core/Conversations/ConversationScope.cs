namespace WorkingGroupBot.Conversations;

public enum ConversationScope
{
    Personal,
    Channel,
    GroupChat,
}
