using Azure.Data.Tables;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Storage;

public sealed class TableInstitutionStore(TableStorage storage) : IInstitutionStore
{
    public Task SaveAsync(GroupKey group, Institution institution, CancellationToken cancellationToken) =>
        storage.Plans.UpsertEntityAsync(
            InstitutionEntity.From(group, institution),
            TableUpdateMode.Replace,
            cancellationToken
        );

    public Task RemoveAsync(GroupKey group, string institutionId, CancellationToken cancellationToken) =>
        storage.Plans.DeleteEntityAsync(
            PlanRows.PartitionOf(group),
            PlanRows.Institution(institutionId),
            cancellationToken: cancellationToken
        );
}
