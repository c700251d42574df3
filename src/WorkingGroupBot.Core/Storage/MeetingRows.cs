namespace WorkingGroupBot.Storage;

/// <summary>A meeting series ("meeting|id") or one meeting's record ("occ|id|yyyyMMdd") in a group's Plans partition,
/// as JSON.</summary>
public sealed class MeetingRowEntity : Entity
{
    public const string SeriesPrefix = "meeting|";
    public const string RecordPrefix = "occ|";

    public string Json { get; set; } = "";

    public static string SeriesRow(string seriesId) => SeriesPrefix + TableKey.Of(seriesId);

    public static string RecordRow(string seriesId, DateOnly originalDate) =>
        $"{RecordPrefix}{TableKey.Of(seriesId)}|{originalDate:yyyyMMdd}";

    /// <summary>The series and original date of a record row (the inverse of <see cref="RecordRow"/>).</summary>
    public static (string Series, DateOnly Date) KeyOfRecord(string rowKey)
    {
        var parts = TableKey.PartsOf(rowKey);
        return (parts[1], DateOnly.ParseExact(parts[2], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
    }

    public T Value<T>() =>
        System.Text.Json.JsonSerializer.Deserialize<T>(Json)
        ?? throw new InvalidDataException($"Unreadable row {RowKey}");
}
