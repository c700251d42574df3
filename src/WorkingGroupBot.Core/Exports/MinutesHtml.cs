using System.Text;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>
/// Approved minutes as a page to read or print on A4: the group's name, the confidentiality statement, and page
/// numbers on every printed page. Every value is HTML-encoded; nothing in it loads or runs.
/// </summary>
public static class MinutesHtml
{
    public static byte[] Render(TextSet texts, MinutesReport report)
    {
        static string E(string text) => PrintedPage.Encode(text);
        var page = texts.Format(TextKey.MinutesPage, "\" counter(page) \"", "\" counter(pages) \"");
        var html = new StringBuilder()
            .Append(
                PrintedPage.Head(
                    texts,
                    report.Title,
                    "body{max-width:60em}.notes{white-space:pre-wrap}"
                        + $"@page{{size:A4;margin:16mm 14mm 18mm;@bottom-left{{content:\"{Css(report.GroupName)}\";font-size:9pt}}@bottom-right{{content:\"{page}\";font-size:9pt}}}}"
                )
            )
            .Append($"<h1>{E(report.Title)}</h1>")
            .Append($"<p>{E(report.Meeting)}</p><p class=\"muted\">{E(report.State)}</p>")
            .Append($"<p class=\"confidential\">{E(texts[TextKey.MinutesConfidential])}</p>");

        html.Append(
            $"<h2>{E(texts[TextKey.MinutesAttendance])}</h2><table><tr><th>{E(texts[TextKey.ColumnMember])}</th><th>{E(texts[TextKey.ColumnInstitution])}</th><th>{E(texts[TextKey.MinutesAttendance])}</th></tr>"
        );
        foreach (var row in report.Attendance)
        {
            html.Append($"<tr><td>{E(row.Name)}</td><td>{E(row.Institution)}</td><td>{E(row.Taken)}</td></tr>");
        }

        html.Append($"</table><h2>{E(texts[TextKey.AgendaTitle])}</h2>");
        foreach (var section in report.Agenda)
        {
            html.Append($"<h3>{E(section.Title)}</h3><ul>");
            foreach (var line in section.Lines)
            {
                html.Append($"<li>{E(line)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append($"<h2>{E(texts[TextKey.MinutesOutcomes])}</h2>");
        if (report.Outcomes.Count == 0)
        {
            html.Append($"<p class=\"muted\">{E(texts[TextKey.MinutesOutcomesNone])}</p>");
        }
        else
        {
            html.Append(
                $"<table><tr><th>{E(texts[TextKey.ColumnAction])}</th><th>{E(texts[TextKey.ColumnOutcome])}</th><th>{E(texts[TextKey.ColumnNote])}</th></tr>"
            );
            foreach (var row in report.Outcomes)
            {
                html.Append($"<tr><td>{E(row.Action)}</td><td>{E(row.Outcome)}</td><td>{E(row.Note)}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append($"<h2>{E(texts[TextKey.MinutesDecisions])}</h2>");
        html.Append(
            report.Decisions.Count == 0
                ? $"<p class=\"muted\">{E(texts[TextKey.MinutesDecisionsNone])}</p>"
                : "<ol>" + string.Concat(report.Decisions.Select(d => $"<li>{E(d)}</li>")) + "</ol>"
        );
        if (report.Notes.Length > 0)
        {
            html.Append($"<h2>{E(texts[TextKey.FieldMinutesNotes])}</h2><p class=\"notes\">{E(report.Notes)}</p>");
        }

        html.Append($"<p>{E(report.Next)}</p></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Text inside a CSS string: quotes and backslashes escaped, line breaks and angle brackets left out (the
    /// style element must not end early).</summary>
    private static string Css(string text) =>
        string.Concat(
            text.Where(c => c is not ('<' or '>' or '\n' or '\r'))
                .Select(c => c is '"' or '\\' ? "\\" + c : c.ToString())
        );
}
