using Azure;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Optimistic concurrency: read, decide, write on a condition (the ETag, or a row that must not exist yet); when someone
/// else wrote first, read again.
/// </summary>
public static class Conflicts
{
    private const int Attempts = 8;

    public static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412;

    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (RequestFailedException e) when (IsConflict(e) && i < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * i)), cancellationToken);
            }
        }
    }
}
