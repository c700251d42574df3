using System.Security.Cryptography;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Links;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Storage;

public sealed class TableLinkStore(TableStorage storage) : ILinkStore
{
    private const int TokenBytes = 24;

    public Task<Link> CreateAsync(LinkKind kind, GroupKey group, Language language, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        CreateAsync(kind, group, null, language, expiresAt, cancellationToken);

    public async Task<Link?> FindFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken) =>
        await FindPointerAsync(group, person, cancellationToken) is { } pointer ? await FindAsync(pointer.Token, DateTimeOffset.MinValue, cancellationToken) : null;

    public async Task<Link> RenewFeedAsync(GroupKey group, string? person, Language language, CancellationToken cancellationToken)
    {
        var link = await CreateAsync(person is null ? LinkKind.GroupCalendar : LinkKind.PersonalCalendar, group, person, language, null, cancellationToken);
        var old = await FindPointerAsync(group, person, cancellationToken);
        await storage.Plans.UpsertEntityAsync(new FeedPointerEntity { PartitionKey = PlanRows.PartitionOf(group), RowKey = FeedPointerEntity.RowOf(person), Token = link.Token }, TableUpdateMode.Replace, cancellationToken);
        if (old is not null)
        {
            await storage.Links.DeleteEntityAsync(old.Token, LinkEntity.Row, cancellationToken: cancellationToken);
        }

        return link;
    }

    public async Task RevokeFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken)
    {
        if (await FindPointerAsync(group, person, cancellationToken) is { } pointer)
        {
            await storage.Links.DeleteEntityAsync(pointer.Token, LinkEntity.Row, cancellationToken: cancellationToken);
            await storage.Plans.DeleteEntityAsync(pointer.PartitionKey, pointer.RowKey, cancellationToken: cancellationToken);
        }
    }

    private async Task<FeedPointerEntity?> FindPointerAsync(GroupKey group, string? person, CancellationToken cancellationToken)
    {
        var found = await storage.Plans.GetEntityIfExistsAsync<FeedPointerEntity>(PlanRows.PartitionOf(group), FeedPointerEntity.RowOf(person), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<Link> CreateAsync(LinkKind kind, GroupKey group, string? person, Language language, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
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
            Person = person,
        }, cancellationToken);
        return new Link(token, kind, group, language, expiresAt) { Person = person };
    }

    public async Task<Link?> FindAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (token.Length != TokenBytes * 2 || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var found = await storage.Links.GetEntityIfExistsAsync<LinkEntity>(token, LinkEntity.Row, cancellationToken: cancellationToken);
        return found is { HasValue: true, Value: { } row } && (row.ExpiresAt is null || row.ExpiresAt > now)
            ? new Link(token, Enum.Parse<LinkKind>(row.Kind), new GroupKey(row.TenantId, row.GroupId), Enum.Parse<Language>(row.Language), row.ExpiresAt) { Person = row.Person }
            : null;
    }
}
