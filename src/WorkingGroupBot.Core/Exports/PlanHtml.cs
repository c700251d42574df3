using System.Net;
using System.Text;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>The plan as a printable HTML report, e.g. for the municipal council. Every value is HTML-encoded.</summary>
public static class PlanHtml
{
    public const string ContentType = "text/html; charset=utf-8";

    public static byte[] Render(TextSet texts, PlanReport report)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var title = texts.Format(TextKey.PlanTitle, report.Group.Name);
        var html = new StringBuilder()
            .Append(
                $"<!DOCTYPE html><html lang=\"{(texts.Language == Language.Latvian ? "lv" : "en")}\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>"
            )
            .Append(
                "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:2em}td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}</style></head><body>"
            )
            .Append(
                $"<h1>{E(title)}</h1><p>{E(texts.Format(TextKey.ExportGenerated, Formats.Date(texts, DateOnly.FromDateTime(report.GeneratedAt.UtcDateTime))))}</p>"
            );
        foreach (var (area, actions) in report.ByArea)
        {
            html.Append($"<h2>{E(area.DisplayName(texts))}</h2>");
            if (actions.Count == 0)
            {
                html.Append($"<p>{E(texts[TextKey.ExportNoActions])}</p>");
                continue;
            }

            html.Append(
                $"<table><tr><th>{E(texts[TextKey.FieldNumber])}</th><th>{E(texts[TextKey.FieldTitle])}</th><th>{E(texts[TextKey.FieldResponsible])}</th><th>{E(texts[TextKey.FieldDeadline])}</th><th>{E(texts[TextKey.FieldStatus])}</th></tr>"
            );
            foreach (var a in actions)
            {
                html.Append(
                    $"<tr><td>{a.Number}</td><td><strong>{E(a.Title)}</strong><br>{E(a.Description)}</td><td>{E(string.Join(", ", a.Responsible.Select(report.NameOf)))}</td><td>{E(Formats.Deadline(texts, a))}</td><td>{E(Formats.Status(texts, a.Status))}{E(a.BlockedReason is null ? "" : ": " + a.BlockedReason)}</td></tr>"
                );
            }

            html.Append("</table>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }
}
