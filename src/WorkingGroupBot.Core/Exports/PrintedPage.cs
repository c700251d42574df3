using System.Net;
using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Exports;

/// <summary>What the exported pages meant for print (the council report, the minutes) share: the document's head in the
/// reader's language and one base style for text, tables and the confidentiality box.</summary>
public static class PrintedPage
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string Style = """
        body{font-family:"Segoe UI",system-ui,sans-serif;color:#242424;margin:2em;font-size:11pt}
        h1{font-size:18pt;margin:0}h2{font-size:14pt;margin:1.2em 0 .4em;break-after:avoid}h3{font-size:12pt}
        .muted{color:#616161}.confidential{border:1px solid #999;padding:.4em .6em;margin:.8em 0}
        table{border-collapse:collapse;width:100%;margin-bottom:1em}td,th{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}
        tr{break-inside:avoid}@media print{body{margin:0}}
        """;

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The page up to its body: the base style, then the page's own (its @page rules among them).</summary>
    public static string Head(TextSet texts, string title, string style) =>
        $"<!DOCTYPE html><html lang=\"{(texts.Language == Language.Latvian ? "lv" : "en")}\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{Style}{style}</style></head><body>";
}
