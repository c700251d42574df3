using WorkingGroupBot.Links;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>
/// The files behind a minutes link: one approved revision of a meeting's minutes, as DOCX or as the printable page, in
/// the language of the member who asked for the link.
/// </summary>
public sealed class MinutesExport(LinkAccess access, IMinutesStore minutes, IPlanStore plans)
{
    /// <summary>The file, or null (a 404) for a wrong or expired token, a member no longer in the group, or minutes
    /// that are not approved or not there.</summary>
    public async Task<(string ContentType, byte[] Content)?> RenderAsync(
        string token,
        string seriesId,
        DateOnly date,
        int revision,
        string file,
        CancellationToken cancellationToken
    )
    {
        if (
            file is not (MinutesFiles.Docx or MinutesFiles.Html)
            || await access.OpenAsync(token, [LinkKind.Minutes], cancellationToken) is not (var link, var group)
        )
        {
            return null;
        }

        var revisions = minutes.RevisionsAsync(link.Group, seriesId, date, cancellationToken);
        var read = plans.ReadAsync(link.Group, PlanReads.PlanOnly, cancellationToken);
        await Task.WhenAll(revisions, read);
        var approved = (await revisions).FirstOrDefault(m => m.Revision == revision && m.IsApproved);
        if (approved is null)
        {
            return null;
        }

        var texts = TextSet.For(link.Language);
        var report = MinutesReport.Of(texts, group, approved, (await read).Members, (await read).Institutions);
        return file == MinutesFiles.Docx
            ? (MinutesDocx.ContentType, MinutesDocx.Render(texts, report))
            : (PrintedPage.ContentType, MinutesHtml.Render(texts, report));
    }
}
