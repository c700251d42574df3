using System.Security.Cryptography;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Links;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Storage;

public sealed class TableLinkStore(TableStorage storage) : ILinkStore
{
    private const int TokenBytes = 24;

    public async Task<Link> CreateAsync(LinkKind kind, GroupKey group, Language language, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenBytes));
        await storage.Links.AddEntityAsync(new LinkEntity
        {
            PartitionKey = token,
            RowKey = LinkEntity.Row,
            Kind = kind.ToString(),
            TenantId = group.TenantId,
            GroupId = group.GroupId,
            Language = language.ToString(),
            ExpiresAt = expiresAt,
        }, cancellationToken);
        return new Link(token, kind, group, language, expiresAt);
    }

    public async Task<Link?> FindAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (token.Length != TokenBytes * 2 || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var found = await storage.Links.GetEntityIfExistsAsync<LinkEntity>(token, LinkEntity.Row, cancellationToken: cancellationToken);
        return found is { HasValue: true, Value: { } row } && (row.ExpiresAt is null || row.ExpiresAt > now)
            ? new Link(token, Enum.Parse<LinkKind>(row.Kind), new GroupKey(row.TenantId, row.GroupId), Enum.Parse<Language>(row.Language), row.ExpiresAt)
            : null;
    }
}
