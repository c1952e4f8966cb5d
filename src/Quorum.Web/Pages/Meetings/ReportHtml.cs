using Microsoft.AspNetCore.Html;
using Quorum.Domain.Reports;
using Quorum.Publishing.Documents;

namespace Quorum.Web.Pages.Meetings;

/// <summary>
/// A report section as HTML in the way it was written: Markdown from Quorum's editor (sanitised, tables kept), or
/// the plain text read from an imported pack.
/// </summary>
public static class ReportHtml
{
    public static IHtmlContent Section(Report report, string? text, int headingLevel = 3)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.TextFormat == ReportTextFormat.Markdown
            ? new HtmlString($"<div class=\"quorum-written\">{ReportMarkdown.ToSafeHtml(text)}</div>")
            : ReportText.ToHtml(text, headingLevel);
    }
}
