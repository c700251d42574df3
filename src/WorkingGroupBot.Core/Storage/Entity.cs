using Azure;
using Azure.Data.Tables;

namespace WorkingGroupBot.Storage;

/// <summary>The four properties every table row has; the rows' own properties live in the subclasses.</summary>
public abstract class Entity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
}
