using WorkingGroupBot.Conversations;

namespace WorkingGroupBot.Storage;

/// <summary>
/// A person's partition holds their profile row (1:1 chat, time zone) and one row per group they belong to, so the
/// personal chat finds everything about them in one query.
/// </summary>
public sealed class PersonEntity : Entity
{
    public const string ProfileRow = "profile";
    private const string GroupRowPrefix = "group|";

    public string? GroupId { get; set; }
    public bool InRoster { get; set; }
    public string? TeamsUserId { get; set; }
    public string? Name { get; set; }
    public string? TimeZone { get; set; }
    public string? Language { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ConversationId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }

    public bool IsProfile => RowKey == ProfileRow;

    public static string PartitionOf(string tenantId, string aadObjectId) => TableKey.Of(tenantId, aadObjectId);

    public static string GroupRowOf(string groupId) => GroupRowPrefix + TableKey.Of(groupId);

    public ConversationAddress? PersonalChat(string tenantId) =>
        ServiceUrl is null || ConversationId is null || BotId is null
            ? null
            : new ConversationAddress
            {
                ServiceUrl = ServiceUrl,
                ConversationId = ConversationId,
                TenantId = tenantId,
                BotId = BotId,
                BotName = BotName,
            };
}
