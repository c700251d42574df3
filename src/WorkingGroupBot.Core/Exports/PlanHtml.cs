using System.Text;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Dashboard;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>
/// The plan as a report for the municipal council, to read or print on A4: a summary (actions by status, done in the
/// period, overdue with who is responsible, areas with no progress), the tab's charts, a table per area, and the last
/// meetings' decisions. Every value is HTML-encoded; nothing in it loads or runs.
/// </summary>
public static class PlanHtml
{
    public const int DecisionMeetings = 3;

    /// <summary>What the report adds to the printed page's style: overdue marks, the charts, page numbers.</summary>
    private const string Style = """
        .overdue{color:#b00020;font-weight:600}.charts svg{width:100%;height:auto;max-height:120mm}
        @page{size:A4;margin:16mm 14mm 18mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:9pt}}
        """;

    public static byte[] Render(TextSet texts, PlanReport report)
    {
        static string E(string text) => PrintedPage.Encode(text);
        var picture = report.Picture;
        var title = texts.Format(TextKey.PlanTitle, report.Group.Name);
        var html = new StringBuilder()
            .Append(PrintedPage.Head(texts, title, Style + SvgCharts.Style))
            .Append(
                $"<h1>{E(title)}</h1><p class=\"muted\">{E(texts.Format(TextKey.ExportGenerated, Formats.Day(texts, report.Today)))}</p>"
            )
            .Append($"<p class=\"confidential\">{E(texts[TextKey.ReportConfidential])}</p>");

        // Summary: the numbers first, then what needs the council's attention.
        html.Append($"<h2>{E(texts[TextKey.ReportSummary])}</h2><table><tr>");
        foreach (var status in PlanPicture.StatusOrder)
        {
            html.Append($"<th>{E(Formats.Status(texts, status))}</th>");
        }

        html.Append($"<th>⚠</th><th>{E(texts[TextKey.ReportTotal])}</th></tr><tr>");
        foreach (var status in PlanPicture.StatusOrder)
        {
            html.Append($"<td>{picture.Count(status)}</td>");
        }

        html.Append($"<td>{picture.Overdue}</td><td>{report.Actions.Count}</td></tr></table>");
        var periodStart = DateOnly.FromDateTime(report.PeriodStart.UtcDateTime);
        html.Append(
            $"<p>{E(texts.Format(TextKey.ReportDoneInPeriod, Formats.Date(texts, periodStart), Formats.Date(texts, report.Today), picture.DoneSince(report.PeriodStart).Count))}</p>"
        );
        var still = picture.StandingStill(report.PeriodStart);
        html.Append(
            $"<p>{E(still.Count == 0 ? texts[TextKey.ReportEveryAreaMoved] : texts.Format(TextKey.ReportNoProgress, string.Join(", ", still.Select(a => a.DisplayName(texts)))))}</p>"
        );
        html.Append($"<h3>{E(texts[TextKey.ReportOverdueTitle])}</h3>");
        var overdue = picture.Timeline.Where(a => a.IsOverdue(report.Today)).ToList();
        if (overdue.Count == 0)
        {
            html.Append($"<p>{E(texts[TextKey.ReportNoneOverdue])}</p>");
        }
        else
        {
            html.Append("<ul>");
            foreach (var a in overdue)
            {
                var who =
                    a.Responsible.Count == 0
                        ? texts[TextKey.ActionListNoOne]
                        : string.Join(", ", a.Responsible.Select(report.NameOf));
                html.Append(
                    $"<li><a href=\"#action-{a.Number}\">{E(Formats.Title(a))}</a> — {E(who)} — <span class=\"overdue\">{E(Formats.Relative(texts, a, report.Today) ?? "")}</span></li>"
                );
            }

            html.Append("</ul>");
        }

        html.Append(
            $"<div class=\"charts\"><h2>{E(texts[TextKey.DashProgress])}</h2>{SvgCharts.Progress(texts, picture)}<h2>{E(texts[TextKey.DashTimeline])}</h2>{SvgCharts.Timeline(texts, picture)}</div>"
        );

        var empty = report.ByArea.Where(x => x.Actions.Count == 0).Select(x => x.Area.DisplayName(texts)).ToList();
        if (empty.Count > 0)
        {
            html.Append(
                $"<p class=\"muted\">{E(texts.Format(TextKey.ReportEmptyAreas, string.Join(", ", empty)))}</p>"
            );
        }

        foreach (var (area, actions) in report.ByArea.Where(x => x.Actions.Count > 0))
        {
            html.Append($"<h2 class=\"area\">{E(area.DisplayName(texts))}</h2>");

            html.Append(
                $"<table><tr><th>{E(texts[TextKey.FieldNumber])}</th><th>{E(texts[TextKey.FieldTitle])}</th><th>{E(texts[TextKey.FieldResponsible])}</th><th>{E(texts[TextKey.FieldDeadline])}</th><th>{E(texts[TextKey.FieldStatus])}</th></tr>"
            );
            foreach (var a in actions)
            {
                var late = a.IsOverdue(report.Today)
                    ? $" <span class=\"overdue\">{E(Formats.Relative(texts, a, report.Today) ?? "")}</span>"
                    : "";
                html.Append(
                    $"<tr id=\"action-{a.Number}\"><td>{a.Number}</td><td><strong>{E(a.Title)}</strong><br>{E(a.Description)}</td><td>{E(string.Join(", ", a.Responsible.Select(report.NameOf)))}</td><td>{E(Formats.Deadline(texts, a))}{late}</td><td>{E(Formats.Status(texts, a.Status))}{E(a.BlockedReason is null ? "" : ": " + a.BlockedReason)}</td></tr>"
                );
            }

            html.Append("</table>");
        }

        html.Append($"<h2>{E(texts[TextKey.ReportDecisions])}</h2>");
        var decisions = report.LastDecisions(DecisionMeetings);
        if (decisions.Count == 0)
        {
            html.Append($"<p class=\"muted\">{E(texts[TextKey.ReportNoDecisions])}</p>");
        }

        foreach (var (series, date, taken) in decisions)
        {
            html.Append($"<h3>{E(series.Title)}, {E(Formats.Day(texts, date))}</h3><ul>");
            foreach (var decision in taken)
            {
                var action = decision.Action is { } n ? report.Actions.FirstOrDefault(a => a.Number == n) : null;
                var became = action is null
                    ? ""
                    : $" → {E(Formats.Title(action))}: {E(Formats.Status(texts, action.Status))}";
                html.Append($"<li>{E(decision.Text)}{became}</li>");
            }

            html.Append("</ul>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }
}
