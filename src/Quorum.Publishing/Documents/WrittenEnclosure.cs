using System.Net;
using Quorum.Publishing.Packs;

namespace Quorum.Publishing.Documents;

/// <summary>
/// An enclosure written in the report editor rather than uploaded: its Markdown (sanitised, tables kept) is printed
/// to PDF once, when it is saved, so that from then on it is an enclosure like any other, stored and hashed as the
/// PDF that was cleared and appended to the pack as it is.
/// </summary>
public static class WrittenEnclosure
{
    private const string Style = """
        <style>
        @page { size: A4; margin: 22mm 18mm 20mm 18mm; }
        body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #000; }
        h1 { font-size: 15pt; margin: 0 0 12pt; }
        h2 { font-size: 13pt; margin: 14pt 0 6pt; }
        h3 { font-size: 11pt; margin: 12pt 0 4pt; }
        p { margin: 0 0 7pt; }
        table { border-collapse: collapse; margin-bottom: 10pt; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        </style>
        """;

    public static string Html(string title, string markdown) =>
        $"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>{Style}</head>" +
        $"<body><h1>{WebUtility.HtmlEncode(title)}</h1>{ReportMarkdown.ToSafeHtml(markdown)}</body></html>";

    public static async Task<byte[]> PrintAsync(WarmChromium browser, string title, string markdown, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var printer = await browser.PrinterAsync(cancellationToken).ConfigureAwait(false);
        return await printer.PrintAsync(Html(title, markdown), cancellationToken).ConfigureAwait(false);
    }
}
