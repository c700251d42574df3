namespace WorkingGroupBot;

/// <summary>
/// Tells a storage failure (storage refused, failed or did not answer in time), which a caller outlives and tries again
/// later, from anything else. Storage implements it; the rooms that call the stores ask it instead of knowing Azure.
/// </summary>
public interface IStorageFailures
{
    bool Is(Exception exception, CancellationToken cancellationToken);
}
