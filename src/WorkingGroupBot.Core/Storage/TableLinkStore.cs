using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Links;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Link rows keyed by their token. A calendar feed is current while its group's pointer row (in the group's Plans
/// partition) names it: renewing and revoking change that pointer with an ETag-conditional write, and a feed row the
/// pointer no longer names is dead.
/// </summary>
public sealed class TableLinkStore(TableStorage storage) : ILinkStore
{
    private const int TokenBytes = 24;
    private const int PurgePages = 5;

    public async Task<Link> CreateAsync(
        LinkKind kind,
        GroupKey group,
        string? person,
        Language language,
        DateTimeOffset? expiresAt,
        CancellationToken cancellationToken
    )
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenBytes));
        await storage.Links.AddEntityAsync(
            new LinkEntity
            {
                PartitionKey = token,
                RowKey = LinkEntity.Row,
                Kind = kind.ToString(),
                TenantId = group.TenantId,
                GroupId = group.GroupId,
                Language = language.ToString(),
                ExpiresAt = expiresAt,
                Person = person,
            },
            cancellationToken
        );
        return new Link(token, kind, group, language, expiresAt) { Person = person };
    }

    public async Task<Link?> FindAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (token.Length != TokenBytes * 2 || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        if (await ReadAsync(token, cancellationToken) is not { } link)
        {
            return null;
        }

        var alive =
            (link.ExpiresAt is null || link.ExpiresAt > now)
            && (
                !IsFeed(link.Kind)
                || (await FindPointerAsync(link.Group, link.Person, cancellationToken))?.Token == token
            );
        if (!alive)
        {
            await DeleteRowAsync(token, cancellationToken);
        }

        return alive ? link : null;
    }

    public async Task<Link?> FindFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken)
    {
        string? missing = null;
        while (await FindPointerAsync(group, person, cancellationToken) is { } pointer && pointer.Token != missing)
        {
            // A renewal that replaced the pointer just after it was read has deleted the row it named: read the new
            // one.
            if (await ReadAsync(pointer.Token, cancellationToken) is { } link)
            {
                return link;
            }

            missing = pointer.Token;
        }

        return null;
    }

    public async Task<Link> RenewFeedAsync(
        GroupKey group,
        string? person,
        Language language,
        CancellationToken cancellationToken
    )
    {
        var link = await CreateAsync(
            person is null ? LinkKind.GroupCalendar : LinkKind.PersonalCalendar,
            group,
            person,
            language,
            null,
            cancellationToken
        );
        // Another renewal or a revocation coming first makes the conditional write fail: replace what is current then.
        var replaced = await Conflicts.RetryAsync(
            async () =>
            {
                var current = await FindPointerAsync(group, person, cancellationToken);
                var pointer = new FeedPointerEntity
                {
                    PartitionKey = PlanRows.PartitionOf(group),
                    RowKey = FeedPointerEntity.RowOf(person),
                    Token = link.Token,
                };
                await (
                    current is null
                        ? storage.Plans.AddEntityAsync(pointer, cancellationToken)
                        : storage.Plans.UpdateEntityAsync(
                            pointer,
                            current.ETag,
                            TableUpdateMode.Replace,
                            cancellationToken
                        )
                );
                return current;
            },
            cancellationToken,
            alsoWhenDeleted: true
        );
        if (replaced is not null)
        {
            await DeleteRowAsync(replaced.Token, cancellationToken);
        }

        return link;
    }

    public async Task RevokeFeedAsync(GroupKey group, string? person, CancellationToken cancellationToken)
    {
        // Renewed meanwhile: the conditional delete fails, and the new one is revoked.
        var revoked = await Conflicts.RetryAsync(
            async () =>
            {
                var pointer = await FindPointerAsync(group, person, cancellationToken);
                if (pointer is not null)
                {
                    await storage.Plans.DeleteEntityAsync(
                        pointer.PartitionKey,
                        pointer.RowKey,
                        pointer.ETag,
                        cancellationToken
                    );
                }

                return pointer;
            },
            cancellationToken,
            alsoWhenDeleted: true
        );
        if (revoked is not null)
        {
            await DeleteRowAsync(revoked.Token, cancellationToken);
        }
    }

    public async Task RevokeAsync(Link link, CancellationToken cancellationToken)
    {
        if (
            IsFeed(link.Kind)
            && await FindPointerAsync(link.Group, link.Person, cancellationToken) is { } pointer
            && pointer.Token == link.Token
        )
        {
            try
            {
                await storage.Plans.DeleteEntityAsync(
                    pointer.PartitionKey,
                    pointer.RowKey,
                    pointer.ETag,
                    cancellationToken
                );
            }
            catch (RequestFailedException e) when (Conflicts.IsRace(e))
            {
                // Renewed or revoked meanwhile: the pointer no longer names this link, which is dead either way.
            }
        }

        await DeleteRowAsync(link.Token, cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        // The token is the partition, so this filter scans the table: a few pages at most per call keep it bounded.
        var (purged, pages) = (0, 0);
        var filter = TableClient.CreateQueryFilter($"ExpiresAt lt {now}");
        await foreach (
            var page in storage
                .Links.QueryAsync<LinkEntity>(
                    filter,
                    maxPerPage: max,
                    select: ["PartitionKey"],
                    cancellationToken: cancellationToken
                )
                .AsPages()
        )
        {
            foreach (var row in page.Values.Take(max - purged))
            {
                await DeleteRowAsync(row.PartitionKey, cancellationToken);
                purged++;
            }

            if (purged >= max || ++pages >= PurgePages)
            {
                break;
            }
        }

        return purged;
    }

    private static bool IsFeed(LinkKind kind) => kind is LinkKind.GroupCalendar or LinkKind.PersonalCalendar;

    private async Task<Link?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        var found = await storage.Links.GetEntityIfExistsAsync<LinkEntity>(
            token,
            LinkEntity.Row,
            cancellationToken: cancellationToken
        );
        return found is { HasValue: true, Value: { } row }
            ? new Link(
                token,
                Enum.Parse<LinkKind>(row.Kind),
                new GroupKey(row.TenantId, row.GroupId),
                Enum.Parse<Language>(row.Language),
                row.ExpiresAt
            )
            {
                Person = row.Person,
            }
            : null;
    }

    private async Task<FeedPointerEntity?> FindPointerAsync(
        GroupKey group,
        string? person,
        CancellationToken cancellationToken
    )
    {
        var found = await storage.Plans.GetEntityIfExistsAsync<FeedPointerEntity>(
            PlanRows.PartitionOf(group),
            FeedPointerEntity.RowOf(person),
            cancellationToken: cancellationToken
        );
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Deleting a row that is already gone succeeds.</summary>
    private Task DeleteRowAsync(string token, CancellationToken cancellationToken) =>
        storage.Links.DeleteEntityAsync(token, LinkEntity.Row, ETag.All, cancellationToken);
}
