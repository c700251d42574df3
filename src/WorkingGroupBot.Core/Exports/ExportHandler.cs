using Microsoft.Extensions.Options;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Conversations;
using WorkingGroupBot.Groups;
using WorkingGroupBot.Links;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>Chairs get short-lived links to the plan as CSV and as an HTML report; the links open without signing
/// in.</summary>
public sealed class ExportHandler(
    ILinkStore links,
    LinkAccess access,
    IPlanStore plans,
    TimeProvider clock,
    IOptions<BotOptions> options
)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);
    public const string CsvFile = "plan.csv";
    public const string HtmlFile = "plan.html";

    public async Task<Reply> LinksAsync(GroupContext context, CancellationToken cancellationToken)
    {
        var (texts, caller) = (context.Texts, context.Request.Caller);
        if (context.StartedPlan is null)
        {
            // Nothing to export yet: the links would only lead to a 404. The chair gets the way to start the plan.
            return new CardReply(PlanStartCard.Build(texts, context.Group, viewerIsChair: true));
        }

        var link = await links.CreateAsync(
            LinkKind.PlanExport,
            context.Group.Key,
            caller.AadObjectId,
            caller.Language,
            clock.GetUtcNow() + LinkLifetime,
            cancellationToken
        );
        var baseUrl = $"{options.Value.PublicUrl.TrimEnd('/')}/exports/{link.Token}/";
        return new CardReply(
            AdaptiveCard.Create(
                [AdaptiveCard.Heading(texts[TextKey.ExportTitle]), AdaptiveCard.Text(texts[TextKey.ExportIntro])],
                [
                    AdaptiveCard.OpenUrl(texts[TextKey.ButtonCsv], baseUrl + CsvFile),
                    AdaptiveCard.OpenUrl(texts[TextKey.ButtonReport], baseUrl + HtmlFile),
                ]
            )
        );
    }

    /// <summary>
    /// The file behind an export link, or null (a 404) for a wrong or expired token, an unknown file, or a link whose
    /// chair is no longer one or whose group has removed the bot.
    /// </summary>
    public async Task<(string ContentType, byte[] Content)?> RenderAsync(
        string token,
        string file,
        CancellationToken cancellationToken
    )
    {
        if (
            file is not (CsvFile or HtmlFile)
            || await access.OpenAsync(token, [LinkKind.PlanExport], cancellationToken) is not (var link, var group)
        )
        {
            return null;
        }

        var read = await plans.ReadAsync(
            link.Group,
            new PlanReads(AllActions: true, Meetings: true),
            cancellationToken
        );
        if (read.Plan is not { } plan)
        {
            return null;
        }

        var report = new PlanReport(
            group,
            plan,
            read.Actions,
            read.Members,
            clock.GetUtcNow(),
            clock.Today(group.TimeZone)
        )
        {
            Series = read.Series,
            Records = read.Records,
        };
        var texts = TextSet.For(link.Language);
        return file == CsvFile
            ? (PlanCsv.ContentType, PlanCsv.Render(texts, report))
            : (PrintedPage.ContentType, PlanHtml.Render(texts, report));
    }
}
