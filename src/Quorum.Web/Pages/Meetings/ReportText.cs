using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Quorum.Web.Pages.Meetings;

/// <summary>
/// Renders a report's stored text (blocks separated by blank lines, as extracted from the pack or typed into the
/// template) as accessible HTML: numbered or section headings become headings, tab- or pipe-separated rows become a
/// table with a header row, bullet lines a list, and everything else paragraphs. All text is HTML-encoded.
/// </summary>
public static partial class ReportText
{
    public static IHtmlContent ToHtml(string? text, int headingLevel = 3)
    {
        var html = new StringBuilder();
        foreach (var block in Blocks(text))
        {
            var lines = block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 1 && IsHeading(lines[0]))
            {
                html.Append($"<h{headingLevel} class=\"govuk-heading-s\">").Append(Encode(lines[0])).Append($"</h{headingLevel}>");
            }
            else if (lines.Length >= 2 && TableRows(lines) is { } rows)
            {
                AppendTable(html, rows);
            }
            else if (lines.All(l => Bullet().IsMatch(l)))
            {
                html.Append("<ul class=\"govuk-list govuk-list--bullet\">");
                foreach (var line in lines)
                {
                    html.Append("<li>").Append(Encode(Bullet().Replace(line, ""))).Append("</li>");
                }
                html.Append("</ul>");
            }
            else
            {
                html.Append("<p class=\"govuk-body\">").Append(Encode(string.Join(' ', lines))).Append("</p>");
            }
        }
        return new HtmlString(html.ToString());
    }

    private static IEnumerable<string> Blocks(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : BlankLines().Split(text.Replace("\r\n", "\n").Trim()).Where(b => !string.IsNullOrWhiteSpace(b));

    /// <summary>"Section 2 – Report", "3. Options considered", "Background": short, unpunctuated lines.</summary>
    private static bool IsHeading(string line) =>
        line.Length <= 80 && !line.EndsWith('.') && !line.EndsWith(':') && !line.EndsWith(',')
        && (HeadingShape().IsMatch(line) || (line.Split(' ').Length <= 6 && char.IsUpper(line[0]) && !line.Contains('|') && !line.Contains('\t')));

    private static List<string[]>? TableRows(string[] lines)
    {
        var separator = lines.All(l => l.Contains('\t')) ? "\t" : lines.All(l => l.Contains('|')) ? "|" : null;
        if (separator is null)
        {
            return null;
        }
        var rows = lines
            .Where(l => !DividerRow().IsMatch(l))
            .Select(l => l.Trim().Trim('|').Split(separator).Select(c => c.Trim()).ToArray())
            .ToList();
        var width = rows[0].Length;
        return width >= 2 && rows.All(r => r.Length == width) ? rows : null;
    }

    private static void AppendTable(StringBuilder html, List<string[]> rows)
    {
        html.Append("<table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        foreach (var cell in rows[0])
        {
            html.Append("<th scope=\"col\" class=\"govuk-table__header\">").Append(Encode(cell)).Append("</th>");
        }
        html.Append("</tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var row in rows.Skip(1))
        {
            html.Append("<tr class=\"govuk-table__row\">");
            foreach (var cell in row)
            {
                html.Append("<td class=\"govuk-table__cell\">").Append(Encode(cell)).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^(Section \d+\b|\d+(\.\d+)*\.?\s+\p{Lu}|Appendix \w+\b)")]
    private static partial Regex HeadingShape();

    [GeneratedRegex(@"^(•|-|\*|–)\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\|?[\s:|-]+\|?$")]
    private static partial Regex DividerRow();
}
