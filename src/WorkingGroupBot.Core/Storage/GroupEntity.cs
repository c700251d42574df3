using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Storage;

public sealed class GroupEntity : Entity
{
    public string TenantId { get; set; } = "";
    public string GroupId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string TimeZone { get; set; } = Group.DefaultTimeZone;

    /// <summary>Null in rows written before groups had a language: those groups were written to in Latvian.</summary>
    public string? Language { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string BotId { get; set; } = "";
    public string? BotName { get; set; }

    public static string PartitionOf(string tenantId) => TableKey.Of(tenantId);

    public static string RowOf(string groupId) => TableKey.Of(groupId);

    public static GroupEntity From(Group group) =>
        new()
        {
            PartitionKey = PartitionOf(group.Key.TenantId),
            RowKey = RowOf(group.Key.GroupId),
            TenantId = group.Key.TenantId,
            GroupId = group.Key.GroupId,
            Name = group.Name,
            Kind = group.Kind.ToString(),
            Active = group.Active,
            CreatedAt = group.CreatedAt,
            TimeZone = group.TimeZone,
            Language = group.Language.ToString(),
            ServiceUrl = group.Channel.ServiceUrl,
            ConversationId = group.Channel.ConversationId,
            BotId = group.Channel.BotId,
            BotName = group.Channel.BotName,
        };

    public Group ToGroup() =>
        new()
        {
            Key = new GroupKey(TenantId, GroupId),
            Name = Name,
            Kind = Enum.Parse<GroupKind>(Kind),
            Active = Active,
            CreatedAt = CreatedAt,
            TimeZone = TimeZone,
            Language = Texts.Languages.FromName(Language) ?? Texts.Language.Latvian,
            Channel = new ConversationAddress
            {
                ServiceUrl = ServiceUrl,
                ConversationId = ConversationId,
                TenantId = TenantId,
                BotId = BotId,
                BotName = BotName,
            },
        };
}
