using WorkingGroupBot.Groups;
using WorkingGroupBot.Members;

namespace WorkingGroupBot.Storage;

/// <summary>A roster sync still to do. One partition: there are only ever a few, each removed when done.</summary>
public sealed class RosterSyncEntity : Entity
{
    public const string Partition = "roster";

    public string TenantId { get; set; } = "";
    public string GroupId { get; set; } = "";
    public string Generation { get; set; } = "";
    public string? Continuation { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? Holder { get; set; }
    public bool Again { get; set; }
    public int Failures { get; set; }

    public static string RowOf(GroupKey group) => TableKey.Of(group.TenantId, group.GroupId);

    public static RosterSyncEntity From(RosterSyncJob job) =>
        new()
        {
            PartitionKey = Partition,
            RowKey = RowOf(job.Group),
            TenantId = job.Group.TenantId,
            GroupId = job.Group.GroupId,
            Generation = job.Generation,
            Continuation = job.Continuation,
            LeaseUntil = job.LeaseUntil,
            Holder = job.Holder,
            Again = job.Again,
            Failures = job.Failures,
        };

    public RosterSyncJob ToJob(string version) =>
        new(new GroupKey(TenantId, GroupId), Generation, Continuation, LeaseUntil, version, Holder, Again, Failures);
}
