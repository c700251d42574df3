namespace WorkingGroupBot.Groups;

public enum GroupKind
{
    Team,
    GroupChat,
}
