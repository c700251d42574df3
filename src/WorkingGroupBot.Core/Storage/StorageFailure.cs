using Azure;

namespace WorkingGroupBot.Storage;

/// <summary>What a storage call throws when storage refused, failed or did not answer in time.</summary>
public sealed class StorageFailure : IStorageFailures
{
    /// <summary>
    /// A refusal is a <see cref="RequestFailedException"/>; when every try failed without an answer (timeouts, a
    /// refused
    /// or reset connection) the Azure SDK throws an <see cref="AggregateException"/>; a try cut off by the SDK's
    /// network
    /// timeout is a cancellation that <paramref name="cancellationToken"/> did not ask for.
    /// </summary>
    public static bool Is(Exception e, CancellationToken cancellationToken) =>
        e is RequestFailedException or AggregateException or HttpRequestException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    bool IStorageFailures.Is(Exception exception, CancellationToken cancellationToken) =>
        Is(exception, cancellationToken);
}
