using System.Text;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>
/// The plan as CSV for Excel: UTF-8 with a byte order mark (so Latvian letters open right) and ';' between fields (the
/// list separator of Latvian regional settings). Cells that Excel would run as formulas are defused.
/// </summary>
public static class PlanCsv
{
    public const string ContentType = "text/csv; charset=utf-8";
    private const char Separator = ';';

    public static byte[] Render(TextSet texts, PlanReport report)
    {
        var csv = new StringBuilder();
        Line(
            csv,
            [
                texts[TextKey.FieldNumber],
                texts[TextKey.FieldArea],
                texts[TextKey.FieldTitle],
                texts[TextKey.FieldDescription],
                texts[TextKey.FieldResponsible],
                texts[TextKey.FieldDeadline],
                texts[TextKey.FieldStatus],
                texts[TextKey.InputBlockedReason],
            ]
        );
        foreach (var (area, actions) in report.ByArea)
        {
            foreach (var a in actions)
            {
                Line(
                    csv,
                    [
                        a.Number.ToString(),
                        area.DisplayName(texts),
                        a.Title,
                        a.Description,
                        string.Join(", ", a.Responsible.Select(report.NameOf)),
                        Formats.Deadline(texts, a),
                        Formats.Status(texts, a.Status),
                        a.BlockedReason ?? "",
                    ]
                );
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(Separator, cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([Separator, '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
