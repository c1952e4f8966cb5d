using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Quorum.Web.Pages.People;

/// <summary>
/// A small horizontal bar chart (expected, attended, apologies per committee and year) drawn as inline SVG on the
/// server, so it needs no JavaScript; the table beside it carries the same figures for screen readers.
/// </summary>
public static class AttendanceChart
{
    private const int LabelWidth = 260, BarArea = 300, BarHeight = 12, Gap = 3, RowGap = 18;
    private const int RowHeight = 3 * BarHeight + 2 * Gap + RowGap;

    public static IHtmlContent Svg(IReadOnlyList<AttendanceLine> lines)
    {
        var max = Math.Max(1, lines.Count == 0 ? 1 : lines.Max(l => l.Expected));
        var width = LabelWidth + BarArea + 40;
        var height = lines.Count * RowHeight + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"quorum-chart\" role=\"img\" aria-labelledby=\"chart-title\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"chart-title\">Bar chart of meetings expected, attended and apologies given, per committee and year; the table below has the same figures.</title>");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var y = i * RowHeight + 5;
            var name = line.Committee.Length > 34 ? line.Committee[..33] + "…" : line.Committee;
            Text(svg, 0, y + BarHeight, name);
            Text(svg, 0, y + 2 * BarHeight + Gap + 2, line.Year);
            Bar(svg, y, line.Expected, max, "#b1b4b6");
            Bar(svg, y + BarHeight + Gap, line.Attended, max, "#1d70b8");
            Bar(svg, y + 2 * (BarHeight + Gap), line.Apologies, max, "#d4351c");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Bar(StringBuilder svg, int y, int value, int max, string colour)
    {
        var length = value == 0 ? 0 : Math.Max(2, value * (double)BarArea / max);
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"{colour}\"></rect>");
        Text(svg, LabelWidth + length + 4, y + BarHeight - 1, value.ToString(CultureInfo.InvariantCulture));
    }

    private static void Text(StringBuilder svg, double x, int y, string text) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y}\">{HtmlEncoder.Default.Encode(text)}</text>");
}
