namespace WorkingGroupBot.Groups;

/// <summary>A group is identified by its tenant and its Teams team id (or group chat id); one never goes without the
/// other.</summary>
public readonly record struct GroupKey(string TenantId, string GroupId)
{
    public override string ToString() => $"{TenantId}/{GroupId}";
}
