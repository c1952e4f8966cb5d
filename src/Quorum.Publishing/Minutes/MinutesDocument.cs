using System.Net;
using Quorum.Publishing.Packs;

namespace Quorum.Publishing.Minutes;

/// <summary>Minutes as printed: on their own (the minutes PDF) or as the Minutes item's papers in the next agenda pack.</summary>
public static class MinutesDocument
{
    // Minutes keep the council's own layout (capitals heading, tab-aligned attendance, numbered minutes), which is
    // also what the importer reads back; the HTML page is the accessible version.
    private const string MinutesStyle = """
        <style>
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; }
        .minutes { white-space: pre-wrap; tab-size: 24; }
        .meeting + .meeting { break-before: page; }
        </style>
        """;

    /// <summary>
    /// Minutes documents' text, each meeting from a new page. <paramref name="pageNumbers"/> prints "Page N" at the
    /// foot (a minutes PDF on its own); in a pack the assembler numbers the pages instead.
    /// </summary>
    public static string Html(IEnumerable<string> minutesTexts, string title, bool pageNumbers)
    {
        ArgumentNullException.ThrowIfNull(minutesTexts);
        var body = string.Concat(minutesTexts.Select(t => $"<div class=\"minutes meeting\">{WebUtility.HtmlEncode(t.TrimEnd())}</div>"));
        var style = pageNumbers
            ? MinutesStyle.Replace("@page { size: A4; margin: 20mm 18mm 22mm 18mm; }", "@page { size: A4; margin: 20mm 18mm 22mm 18mm; @bottom-center { content: \"Page \" counter(page); font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; } }", StringComparison.Ordinal)
            : MinutesStyle;
        return $"<!DOCTYPE html><html lang=\"{PackHtml.Language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>{style}</head><body>{body}</body></html>";
    }
}
