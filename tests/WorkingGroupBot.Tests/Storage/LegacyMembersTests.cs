using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Storage;

/// <summary>A deployment from before members moved into the Plans partition: its Members table is moved at start-up.</summary>
public sealed class LegacyMembersTests
{
    private static readonly GroupKey Group = new("tenant-1", "19:team@thread.tacv2");

    [Fact]
    public async Task Members_of_the_old_table_are_found_after_start_up_and_a_newer_row_is_not_overwritten()
    {
        var prefix = ReminderFixture.NewTablePrefix();
        var service = new TableServiceClient(Azurite.Shared.ConnectionString);
        var legacy = service.GetTableClient(prefix + "Members");
        await legacy.CreateAsync();
        await legacy.AddEntityAsync(OldRow("a", "Anna", MemberRole.Chair));
        await legacy.AddEntityAsync(OldRow("j", "Jānis", MemberRole.Member));
        var storage = new TableStorage(service, Options.Create(new StorageOptions { TablePrefix = prefix }));
        var store = new TableMemberStore(storage);
        await storage.Plans.CreateIfNotExistsAsync();
        await storage.Plans.AddEntityAsync(new TableEntity(MemberEntity.PartitionOf(Group), MemberEntity.RowOf("j"))
        {
            [nameof(MemberEntity.AadObjectId)] = "j", [nameof(MemberEntity.TeamsUserId)] = "29:j",
            [nameof(MemberEntity.Name)] = "Jānis", [nameof(MemberEntity.Role)] = nameof(MemberRole.Chair),
            [nameof(MemberEntity.InRoster)] = true,
        });

        await storage.CreateTablesAsync(default);
        await storage.CreateTablesAsync(default); // a second instance, or a restart: nothing left to move

        var found = await store.ListAsync(Group, default);
        Assert.Equal(["Anna", "Jānis"], found.Select(m => m.Name).Order());
        Assert.All(found, m => Assert.Equal(MemberRole.Chair, m.Role));
        Assert.Equal([Group.GroupId], await store.FindGroupIdsAsync(Group.TenantId, "a", default));
        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => legacy.GetEntityAsync<TableEntity>(
            MemberEntity.PartitionOf(Group), TableKey.Of("a")));
    }

    private static TableEntity OldRow(string id, string name, MemberRole role) => new(MemberEntity.PartitionOf(Group), TableKey.Of(id))
    {
        [nameof(MemberEntity.AadObjectId)] = id,
        [nameof(MemberEntity.TeamsUserId)] = "29:" + id,
        [nameof(MemberEntity.Name)] = name,
        [nameof(MemberEntity.Role)] = role.ToString(),
        [nameof(MemberEntity.InRoster)] = true,
    };
}
