using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkingGroupBot.Meetings;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>
/// Approved minutes as a Word document (A4): the same parts as the printable page, with the group's name and the
/// confidentiality statement in the header and "Page n of m" in the footer.
/// </summary>
public static class MinutesDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Render(TextSet texts, MinutesReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(
                Paragraph(report.GroupName, size: 18),
                Paragraph(texts[TextKey.MinutesConfidential], size: 16)
            );
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(PageNumbers(texts[TextKey.MinutesPage]));
            var body = new Body([
                Paragraph(report.Title, size: 32, bold: true),
                Paragraph(report.Meeting),
                Paragraph(report.State, size: 20),
                Heading(texts[TextKey.MinutesAttendance]),
                Table(
                    [texts[TextKey.ColumnMember], texts[TextKey.ColumnInstitution], texts[TextKey.MinutesAttendance]],
                    report.Attendance.Select(a => new[] { a.Name, a.Institution, a.Taken })
                ),
                Heading(texts[TextKey.AgendaTitle]),
                .. report.Agenda.SelectMany(section =>
                    section.Lines.Select(line => Paragraph("• " + line)).Prepend(Paragraph(section.Title, bold: true))
                ),
                Heading(texts[TextKey.MinutesOutcomes]),
                report.Outcomes.Count == 0
                    ? Paragraph(texts[TextKey.MinutesOutcomesNone])
                    : Table(
                        [texts[TextKey.ColumnAction], texts[TextKey.ColumnOutcome], texts[TextKey.ColumnNote]],
                        report.Outcomes.Select(o => new[] { o.Action, o.Outcome, o.Note })
                    ),
                Heading(texts[TextKey.MinutesDecisions]),
                .. report.Decisions.Count == 0
                    ? [Paragraph(texts[TextKey.MinutesDecisionsNone])]
                    : report.Decisions.Select((d, i) => Paragraph($"{i + 1}. {d}")),
                .. report.Notes.Length == 0
                    ? Array.Empty<OpenXmlElement>()
                    :
                    [
                        Heading(texts[TextKey.FieldMinutesNotes]),
                        .. report.Notes.Split('\n').Select(line => Paragraph(line.TrimEnd('\r'))),
                    ],
                Paragraph(report.Next),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                    // A4 in twentieths of a point, with 2 cm margins.
                    new PageSize { Width = 11906U, Height = 16838U },
                    new PageMargin
                    {
                        Top = 1134,
                        Bottom = 1134,
                        Left = 1134U,
                        Right = 1134U,
                        Header = 567U,
                        Footer = 567U,
                    }
                ),
            ]);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Heading(string text) => Paragraph(text, size: 26, bold: true);

    /// <param name="size">In half-points (22 is 11 pt).</param>
    private static Paragraph Paragraph(string text, int size = 22, bool bold = false)
    {
        var properties = new RunProperties(
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        );
        if (bold)
        {
            properties.PrependChild(new Bold());
        }

        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(IReadOnlyList<string> headings, IEnumerable<string[]> rows)
    {
        static TableRow Row(IEnumerable<string> cells, bool bold) =>
            new(cells.Select(c => new TableCell(Paragraph(c, size: 20, bold: bold))));

        var border = new Func<BorderType, BorderType>(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4U;
            return b;
        });
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    border(new TopBorder()),
                    border(new BottomBorder()),
                    border(new LeftBorder()),
                    border(new RightBorder()),
                    border(new InsideHorizontalBorder()),
                    border(new InsideVerticalBorder())
                )
            ),
            Row(headings, bold: true)
        );
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    /// <summary>"Page {0} of {1}" with Word's PAGE and NUMPAGES fields in place of the numbers.</summary>
    private static Paragraph PageNumbers(string format)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        var rest = format;
        foreach (var (placeholder, field) in new[] { ("{0}", "PAGE"), ("{1}", "NUMPAGES") })
        {
            var at = rest.IndexOf(placeholder, StringComparison.Ordinal);
            paragraph.Append(TextRun(rest[..at]), new SimpleField(TextRun("1")) { Instruction = $" {field} " });
            rest = rest[(at + placeholder.Length)..];
        }

        paragraph.Append(TextRun(rest));
        return paragraph;
    }

    private static Run TextRun(string text) =>
        new(
            new RunProperties(new FontSize { Val = "18" }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve }
        );
}
