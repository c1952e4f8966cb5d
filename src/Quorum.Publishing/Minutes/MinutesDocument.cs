using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Quorum.Publishing.Packs;

namespace Quorum.Publishing.Minutes;

/// <summary>Minutes as printed: on their own (the minutes PDF) or as the Minutes item's papers in the next agenda pack.</summary>
public static partial class MinutesDocument
{
    // Minutes keep the council's own layout (capitals heading, tab-aligned attendance, numbered minutes), which is
    // also what the importer reads back; the HTML page is the accessible version.
    private const string MinutesStyle = """
        <style>
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; }
        .minutes { tab-size: 24; }
        .minutes p, .minutes h1, .minutes h2 { white-space: pre-wrap; font: inherit; margin: 0 0 1.35em; }
        .minutes h2 { font-weight: bold; }
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
        var body = string.Concat(minutesTexts.Select(t => $"<div class=\"minutes meeting\">{Paragraphs(t)}</div>"));
        var style = pageNumbers
            ? MinutesStyle.Replace("@page { size: A4; margin: 20mm 18mm 22mm 18mm; }", "@page { size: A4; margin: 20mm 18mm 22mm 18mm; @bottom-center { content: \"Page \" counter(page); font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; } }", StringComparison.Ordinal)
            : MinutesStyle;
        return $"<!DOCTYPE html><html lang=\"{PackHtml.Language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>{style}</head><body>{body}</body></html>";
    }

    /// <summary>
    /// The minutes' paragraphs (blank-line separated, as drafted) as HTML: the first, the body's heading, as the
    /// document heading and each minute's "219. Title" line as a minute heading, so the tagged PDF has one bookmark
    /// per minute; the rest keep their lines and tabs as printed. A numbered line is taken for a minute heading only
    /// when it follows on from the one before (219, 220, ...), so a numbered list in a decision is never bookmarked.
    /// </summary>
    private static string Paragraphs(string text)
    {
        var html = new StringBuilder();
        var paragraphs = text.ReplaceLineEndings("\n").Trim().Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        int? last = null;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i].Trim('\n');
            var lines = paragraph.Split('\n', 2);
            var heading = MinuteHeading().Match(lines[0]);
            if (i == 0)
            {
                Element(html, "h1", paragraph);
            }
            else if (heading.Success && int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var number && (last is null || number == last + 1))
            {
                last = number;
                Element(html, "h2", lines[0]);
                if (lines.Length > 1)
                {
                    Element(html, "p", lines[1]);
                }
            }
            else
            {
                Element(html, "p", paragraph);
            }
        }
        return html.ToString();
    }

    private static void Element(StringBuilder html, string tag, string text) =>
        html.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(text)).Append("</").Append(tag).Append('>');

    // A minute number, a full stop and a title on one line, as MinutesWriter lays out each minute's heading.
    [GeneratedRegex(@"\A(\d{1,5})\.[ \t]+\S.{0,300}\z")]
    private static partial Regex MinuteHeading();
}
