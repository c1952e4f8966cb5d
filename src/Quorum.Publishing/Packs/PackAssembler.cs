using System.Globalization;
using Quorum.Domain.Meetings;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace Quorum.Publishing.Packs;

/// <summary>One run of pages in the pack: the front sheet, or an agenda item's report, enclosures and padding.</summary>
internal sealed record PackSection(int? ItemNumber, string Bookmark, IReadOnlyList<byte[]> Pdfs, int PageCount)
{
    public PageRange? Pages { get; set; }
}

/// <summary>
/// Joins the printed sections into one PDF with PdfPig: every page gets its continuous page number, the first
/// page of each item the "Agenda Item N / Pages x to y" stamp, and each item a bookmark. Text is set in an
/// embedded TrueType font, because the standard-14 fonts cannot encode £, accents or curly quotes.
/// </summary>
internal static class PackAssembler
{
    public const string FontPath = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";

    private static readonly Lazy<byte[]> Font = new(() => File.Exists(FontPath)
        ? File.ReadAllBytes(FontPath)
        : throw new FileNotFoundException($"The stamp font {FontPath} is missing; install the 'fonts-liberation' package (test.sh does).", FontPath));

    public static byte[] Assemble(IReadOnlyList<PackSection> sections, string title)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Producer = "Quorum";
        var font = builder.AddTrueTypeFont(Font.Value);
        var bookmarks = new List<BookmarkNode>();
        var pageNumber = 0;

        foreach (var section in sections)
        {
            var first = true;
            foreach (var bytes in section.Pdfs)
            {
                using var document = PdfDocument.Open(bytes);
                for (var p = 1; p <= document.NumberOfPages; p++)
                {
                    pageNumber++;
                    // The builder does not carry the copied page's size over, so take it from the source page.
                    var source = document.GetPage(p);
                    var size = new PdfRectangle(0, 0, source.Width, source.Height);
                    var page = builder.AddPage(document, p);
                    if (first)
                    {
                        bookmarks.Add(new DocumentBookmarkNode(section.Bookmark, 0,
                            new ExplicitDestination(pageNumber, ExplicitDestinationType.FitPage, ExplicitDestinationCoordinates.Empty), []));
                        if (section is { ItemNumber: { } item, Pages: { } range })
                        {
                            // Drawn before the page's own content so that text extraction reads the stamp first.
                            page.NewContentStreamBefore();
                            var right = size.Right - 40;
                            AddRightAligned(page, font, string.Create(CultureInfo.InvariantCulture, $"Agenda Item {item}"), right, size.Top - 28, 10);
                            AddRightAligned(page, font, string.Create(CultureInfo.InvariantCulture, $"Pages {range.First} to {range.Last}"), right, size.Top - 41, 10);
                            page.NewContentStreamAfter();
                        }
                        first = false;
                    }
                    var number = string.Create(CultureInfo.InvariantCulture, $"Page {pageNumber}");
                    var width = Width(page, font, number, 9);
                    page.AddText(number, 9, new PdfPoint(size.Left + ((size.Width - width) / 2), size.Bottom + 24), font);
                }
            }
        }
        builder.Bookmarks = new Bookmarks(bookmarks);
        return builder.Build();
    }

    private static void AddRightAligned(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double right, double y, double size) =>
        page.AddText(text, size, new PdfPoint(right - Width(page, font, text, size), y), font);

    private static double Width(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
