using Azure;
using Azure.Data.Tables;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Before issue 12 a group's members were rows of a Members table of their own; now they are <c>member|…</c> rows in
/// the group's Plans partition, so that a turn reads them with its plan. At start-up the old rows are copied over
/// (a row already there is newer and stays) and the old table is deleted, so later start-ups find nothing to do.
/// Several instances may run it at once: every copy is insert-if-absent.
/// </summary>
internal static class LegacyMembers
{
    private const int ParallelWrites = 8;

    public static async Task MoveAsync(TableClient legacy, TableClient plans, CancellationToken cancellationToken)
    {
        List<TableEntity> rows;
        try
        {
            rows = await legacy
                .QueryAsync<TableEntity>(cancellationToken: cancellationToken)
                .ToListAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return; // no old table: a new deployment, or moved already
        }

        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                var moved = new TableEntity(row) { RowKey = PlanRows.MemberPrefix + row.RowKey };
                moved.Remove("odata.etag");
                moved.Remove(nameof(TableEntity.Timestamp));
                try
                {
                    await plans.AddEntityAsync(moved, ct);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    // Written in the new place already: that row is the newer one.
                }
            }
        );
        await legacy.DeleteAsync(cancellationToken);
    }
}
