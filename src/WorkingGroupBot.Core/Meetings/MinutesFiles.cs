namespace WorkingGroupBot.Meetings;

/// <summary>The files approved minutes download as, behind a minutes link: /minutes/{token}/{series}/{date}/{rev}/{file}.</summary>
public static class MinutesFiles
{
    public const string Docx = "minutes.docx";
    public const string Html = "minutes.html";

    public static string Path(string token, Minutes minutes, string file) =>
        $"/minutes/{Uri.EscapeDataString(token)}/{Uri.EscapeDataString(minutes.SeriesId)}/{minutes.OriginalDate:yyyyMMdd}/{minutes.Revision}/{file}";
}
