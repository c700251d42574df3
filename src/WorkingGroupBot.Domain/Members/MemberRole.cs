namespace WorkingGroupBot.Members;

public enum MemberRole
{
    Member,
    Chair,
}
