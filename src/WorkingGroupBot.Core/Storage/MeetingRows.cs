namespace WorkingGroupBot.Storage;

/// <summary>A meeting series ("meeting|id") or one meeting's record ("occ|id|yyyyMMdd") in a group's Plans partition,
/// as JSON.</summary>
public sealed class MeetingRowEntity : Entity
{
    public const string SeriesPrefix = "meeting|";

    public string Json { get; set; } = "";

    public static string SeriesRow(string seriesId) => SeriesPrefix + TableKey.Of(seriesId);

    public static string RecordRow(string seriesId, DateOnly originalDate) =>
        $"occ|{TableKey.Of(seriesId)}|{originalDate:yyyyMMdd}";
}
