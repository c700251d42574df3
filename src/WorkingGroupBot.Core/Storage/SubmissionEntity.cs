using Azure.Data.Tables;
using WorkingGroupBot.Groups;

namespace WorkingGroupBot.Storage;

/// <summary>
/// "submit|id": that a form instance's submission took effect, written in the same transaction as the effect, so a
/// second submission of the form (a double press, Teams retrying a slow invoke) finds it and changes nothing. It lives
/// in the group's partition: one group's ids cannot touch another's.
/// </summary>
public sealed class SubmissionEntity : Entity
{
    public const string Prefix = "submit|";

    /// <summary>What the first submission did, for the answer to a second one (an action number, "number|revision", or
    /// a decisions save's "number|attempt").</summary>
    public string Result { get; set; } = "";

    public static TableTransactionAction Add(GroupKey group, string submission, string result) =>
        new(
            TableTransactionActionType.Add,
            new SubmissionEntity
            {
                PartitionKey = PlanRows.PartitionOf(group),
                RowKey = Prefix + TableKey.Of(submission),
                Result = result,
            }
        );

    /// <summary>What the first submission did, or null when it has not taken effect.</summary>
    public static async Task<string?> FindAsync(
        TableClient plans,
        GroupKey group,
        string submission,
        CancellationToken cancellationToken
    )
    {
        var row = await plans.GetEntityIfExistsAsync<SubmissionEntity>(
            PlanRows.PartitionOf(group),
            Prefix + TableKey.Of(submission),
            cancellationToken: cancellationToken
        );
        return row.HasValue ? row.Value!.Result : null;
    }
}
