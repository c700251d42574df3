using Azure;
using Azure.Data.Tables;
using WorkingGroupBot.Plans;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Optimistic concurrency: read, decide, write on a condition (the ETag, or a row that must not exist yet); when
/// someone
/// else wrote first, read again, within the budget of <see cref="Contention"/>.
/// </summary>
public static class Conflicts
{
    public static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412;

    /// <summary>A conflict, or the row written on a condition was deleted since it was read (404).</summary>
    public static bool IsRace(RequestFailedException e) => IsConflict(e) || e.Status == 404;

    /// <param name="alsoWhenDeleted">Also try again when the row written on a condition was deleted since the attempt
    /// read it (a 404): for rows that others remove, not only change.</param>
    public static async Task<T> RetryAsync<T>(
        Func<Task<T>> attempt,
        CancellationToken cancellationToken,
        bool alsoWhenDeleted = false
    )
    {
        var contention = new Contention();
        while (true)
        {
            try
            {
                return await attempt();
            }
            catch (RequestFailedException e) when ((alsoWhenDeleted ? IsRace(e) : IsConflict(e)) && !contention.Spent)
            {
                await contention.BackOffAsync(cancellationToken);
            }
        }
    }

    /// <summary>Submits a transaction once; false when a row it guards was changed or taken first (nothing stored).
    /// </summary>
    public static async Task<bool> TrySubmitAsync(
        TableClient table,
        IReadOnlyList<TableTransactionAction> rows,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await table.SubmitTransactionAsync(rows, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (IsConflict(e))
        {
            return false;
        }
    }
}
