using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Quorum.Domain.Outcomes.Minutes;

/// <summary>
/// The HTML of minutes the clerk has edited as text. It reads the layout <see cref="MinutesWriter.ToText"/> writes
/// (title, date, tabbed attendance block, legend, section headings, "N. Title" minute headings, RESOLVED paragraphs,
/// tabbed tables) so that an edit keeps the headings, minute anchors and tables of the generated draft. Everything
/// the clerk typed is encoded: no markup passes through.
/// </summary>
public static partial class EditedMinutes
{
    public static string ToHtml(string text)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var html = new StringBuilder("<article class=\"minutes\">\n");
        var lastMinute = 0;
        var inMinute = false;
        void EndMinute()
        {
            if (inMinute)
            {
                html.Append("</section>\n");
                inMinute = false;
            }
        }

        for (var i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i];
            var lines = paragraph.Split('\n', StringSplitOptions.TrimEntries);
            var heading = MinuteHeading().Match(paragraph);
            if (i == 0)
            {
                html.Append($"<h1 class=\"govuk-heading-l\">{E(paragraph)}</h1>\n");
            }
            else if (i == 1 && lines.Length == 1)
            {
                html.Append($"<p class=\"govuk-body-l\">{E(paragraph)}</p>\n");
            }
            else if (paragraph is "RESOLVED ITEMS" or "RECOMMENDED ITEMS")
            {
                EndMinute();
                html.Append($"<h2 class=\"govuk-heading-m\">{E(paragraph)}</h2>\n");
            }
            // Minute numbers only go up, so "1. That…" inside a minute is not taken for a heading.
            else if (heading.Success && int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > lastMinute)
            {
                EndMinute();
                lastMinute = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                html.Append($"<section class=\"minute\" id=\"minute-{lastMinute}\">\n<h3 class=\"govuk-heading-s\">{E(paragraph)}</h3>\n");
                inMinute = true;
            }
            else if (lines.All(l => l.Contains("Denotes", StringComparison.Ordinal)))
            {
                html.Append("<ul class=\"govuk-list minutes-legend\">\n");
                foreach (var line in lines)
                {
                    html.Append($"<li>{E(line)}</li>\n");
                }
                html.Append("</ul>\n");
            }
            else if (lines.All(l => l.Contains('\t', StringComparison.Ordinal)))
            {
                AppendTable(html, lines);
            }
            else
            {
                var strong = lines[0].StartsWith("RESOLVED", StringComparison.Ordinal) || lines[0].StartsWith("AGREED", StringComparison.Ordinal)
                    || lines[0].StartsWith("Resolved to RECOMMEND", StringComparison.Ordinal);
                html.Append("<p class=\"govuk-body\">").Append(strong ? $"<strong>{E(lines[0])}</strong>" : E(lines[0]));
                foreach (var line in lines.Skip(1))
                {
                    html.Append("<br>").Append(E(line));
                }
                html.Append("</p>\n");
            }
        }
        EndMinute();
        return html.Append("</article>\n").ToString();
    }

    // A tabbed block: the attendance rows ("Councillors:\t* A\t* B"), or the reserves table with its header line.
    private static void AppendTable(StringBuilder html, string[] lines)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var cells = lines.Select(l => l.Split('\t', StringSplitOptions.TrimEntries)).ToList();
        var isReserves = cells[0] is ["Ordinary Member", "Reserve Member"];
        html.Append(isReserves ? "<table class=\"govuk-table\">" : "<table class=\"govuk-table minutes-attendance\">");
        if (isReserves)
        {
            html.Append("<thead><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Ordinary Member</th><th scope=\"col\" class=\"govuk-table__header\">Reserve Member</th></tr></thead>");
            cells.RemoveAt(0);
        }
        html.Append("<tbody>\n");
        foreach (var row in cells)
        {
            html.Append("<tr class=\"govuk-table__row\">");
            if (isReserves)
            {
                html.AppendJoin("", row.Select(c => $"<td class=\"govuk-table__cell\">{E(c)}</td>"));
            }
            else
            {
                html.Append($"<th scope=\"row\" class=\"govuk-table__header\">{E(row[0].TrimEnd(':'))}</th><td class=\"govuk-table__cell\">")
                    .AppendJoin("<br>", row.Skip(1).Where(c => c.Length > 0).Select(E))
                    .Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    [GeneratedRegex(@"^(\d{1,4})\.\s+\S[^\n]*$")]
    private static partial Regex MinuteHeading();
}
