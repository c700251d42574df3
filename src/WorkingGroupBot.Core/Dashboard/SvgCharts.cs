using System.Globalization;
using System.Net;
using System.Text;
using WorkingGroupBot.Cards;
using WorkingGroupBot.Plans;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Dashboard;

/// <summary>
/// The plan's pictures as SVG, drawn on the server so the tab and the printed report show the same. Each has a title
/// and a description for screen readers, says its numbers in text beside the shapes, and never tells by colour alone:
/// overdue is a ⚠ and a triangle. Colours come from CSS classes, so the tab's themes restyle them; every value is
/// XML-encoded.
/// </summary>
public static class SvgCharts
{
    /// <summary>
    /// How the charts look, for the tab (served as /tab/charts.css, its themes set the colours) and for the report
    /// (inline, the defaults). The one place chart styles are written.
    /// </summary>
    public const string Style = """
        svg.chart text{fill:var(--text,#242424);font-size:11px;font-family:inherit}
        svg.chart .legend{font-size:10px}svg.chart .tick-label,svg.chart .today-label{font-size:13px}
        svg.chart .count.overdue,svg.chart .today-label{fill:var(--overdue,#b00020);font-weight:600}
        svg.chart .axis,svg.chart .tick{stroke:var(--muted,#616161)}
        svg.chart .today{stroke:var(--overdue,#b00020);stroke-dasharray:3 3}
        svg.chart .s-done{fill:var(--done,#2e7d32)}svg.chart .s-progress{fill:var(--progress,#1565c0)}
        svg.chart .s-open{fill:var(--open,#9e9e9e)}svg.chart .s-blocked{fill:var(--blocked,#e65100)}
        svg.chart .s-cancelled{fill:var(--cancelled,#cfcfcf)}
        svg.chart .mark{stroke:var(--card,#fff);stroke-width:1}svg.chart .mark.overdue{fill:var(--overdue,#b00020)}
        """;

    private const int Width = 480;
    private const int RowHeight = 34;
    private const int TimelineWidth = 800;
    private const int MarkStep = 14;

    /// <summary>One stacked bar per area: its actions by status, with "n of m done" and the overdue count.</summary>
    public static string Progress(TextSet texts, PlanPicture picture)
    {
        // Areas without actions are left out: a row of "0 of 0" tells nothing.
        var areas = picture.Areas.Where(a => a.Total > 0).ToList();
        var max = Math.Max(1, areas.Select(a => a.Total).DefaultIfEmpty(0).Max());
        var legend = Legend(texts);
        var height = 24 + Math.Max(1, areas.Count) * RowHeight;
        var svg = Open("progress", Width, height, texts[TextKey.DashProgress], texts[TextKey.DashProgressDesc]);
        svg.Append(legend);
        var y = 24;
        if (areas.Count == 0)
        {
            svg.Append(Text(0, y + 16, texts[TextKey.ExportNoActions], "label"));
        }

        foreach (var area in areas)
        {
            // The area's name with its counts on one line, the bar under it across the whole width.
            var counts = texts.Format(TextKey.DashDoneOf, area.Count(ActionStatus.Done), area.Total);
            var overdue = area.Overdue > 0 ? " · " + texts.Format(TextKey.DashOverdueCount, area.Overdue) : "";
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text class=\"label\" x=\"0\" y=\"{y + 11}\">{E(Short(area.Area.DisplayName(texts), 40))}<tspan class=\"count\"> · {E(counts)}</tspan><tspan class=\"count overdue\">{E(overdue)}</tspan></text>"
            );
            var x = 0.0;
            foreach (var status in PlanPicture.StatusOrder)
            {
                var width = Width * area.Count(status) / (double)max;
                if (width > 0)
                {
                    svg.Append(
                        CultureInfo.InvariantCulture,
                        $"<rect class=\"s-{Css(status)}\" x=\"{x:0.#}\" y=\"{y + 15}\" width=\"{width:0.#}\" height=\"12\"><title>{E(Formats.Status(texts, status))}: {area.Count(status)}</title></rect>"
                    );
                }

                x += width;
            }

            y += RowHeight;
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The deadlines of unfinished actions on a line from the oldest overdue (at most as far back as the horizon
    /// ahead) to <see cref="PlanPicture.HorizonDays"/> ahead; each a mark that links to "#action-N".
    /// </summary>
    public static string Timeline(TextSet texts, PlanPicture picture)
    {
        var today = picture.Today;
        var first = picture.Timeline.Select(a => a.Deadline).DefaultIfEmpty(today).Min();
        var from = first < today ? Max(first, today.AddDays(-PlanPicture.HorizonDays)) : today;
        var days = today.AddDays(PlanPicture.HorizonDays).DayNumber - from.DayNumber;
        double X(DateOnly d) => 10 + (TimelineWidth - 20) * (Max(d, from).DayNumber - from.DayNumber) / (double)days;
        var stacks = picture.Timeline.GroupBy(a => Max(a.Deadline, from)).ToList();
        var tallest = stacks.Select(g => g.Count()).DefaultIfEmpty(0).Max();
        var axis = 30 + tallest * MarkStep;
        var svg = Open(
            "timeline",
            TimelineWidth,
            axis + 40,
            texts[TextKey.DashTimeline],
            texts[TextKey.DashTimelineDesc]
        );
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"10\" y1=\"{axis}\" x2=\"{TimelineWidth - 10}\" y2=\"{axis}\"/>"
        );
        foreach (var month in Months(from, today.AddDays(PlanPicture.HorizonDays)))
        {
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<line class=\"tick\" x1=\"{X(month):0.#}\" y1=\"{axis}\" x2=\"{X(month):0.#}\" y2=\"{axis + 5}\"/>"
            );
            svg.Append(Text(X(month), axis + 18, Formats.Date(texts, month), "tick-label", "middle"));
        }

        svg.Append(
            CultureInfo.InvariantCulture,
            $"<line class=\"today\" x1=\"{X(today):0.#}\" y1=\"16\" x2=\"{X(today):0.#}\" y2=\"{axis + 5}\"/>"
        );
        svg.Append(Text(X(today), 12, texts[TextKey.DashToday], "today-label", X(today) < 40 ? "start" : "middle"));
        foreach (var stack in stacks)
        {
            var y = axis - 10.0;
            foreach (var action in stack.OrderBy(a => a.Number))
            {
                var x = X(stack.Key);
                var overdue = action.IsOverdue(today);
                var label =
                    $"{Formats.Title(action)} — {Formats.Deadline(texts, action)} — {Formats.Relative(texts, action, today)}";
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<a href=\"#action-{action.Number}\"><title>{E(label)}</title>"
                );
                svg.Append(
                    overdue
                        ? FormattableString.Invariant(
                            $"<path class=\"mark overdue\" d=\"M{x:0.#} {y - 6:0.#} L{x + 6:0.#} {y + 5:0.#} L{x - 6:0.#} {y + 5:0.#} Z\"/>"
                        )
                        : FormattableString.Invariant(
                            $"<circle class=\"mark s-{Css(action.Status)}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"6\"/>"
                        )
                );
                svg.Append("</a>");
                y -= MarkStep;
            }
        }

        if (picture.Timeline.Count == 0)
        {
            svg.Append(Text(TimelineWidth / 2.0, axis - 10, texts[TextKey.DashTimelineNone], "label", "middle"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The class a status's colour is given by (the tab's and the report's CSS set it).</summary>
    public static string Css(ActionStatus status) =>
        status switch
        {
            ActionStatus.InProgress => "progress",
            _ => status.ToString().ToLowerInvariant(),
        };

    private static StringBuilder Open(string id, int width, int height, string title, string description) =>
        new StringBuilder().Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>"
        );

    private static string Legend(TextSet texts)
    {
        var legend = new StringBuilder();
        var x = 0;
        foreach (var status in PlanPicture.StatusOrder)
        {
            var name = Formats.Status(texts, status);
            legend.Append(
                CultureInfo.InvariantCulture,
                $"<rect class=\"s-{Css(status)}\" x=\"{x}\" y=\"4\" width=\"10\" height=\"10\"/>"
            );
            legend.Append(Text(x + 13, 13, name, "legend"));
            x += 22 + (int)(name.Length * 5.6);
        }

        return legend.ToString();
    }

    private static string Text(double x, double y, string text, string css, string anchor = "start") =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"<text class=\"{css}\" x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{E(text)}</text>"
        );

    private static IEnumerable<DateOnly> Months(DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1).AddMonths(1); month <= to; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Short(string text, int max) => Formats.Short(text, max);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
