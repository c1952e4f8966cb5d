using Quorum.Domain.Meetings;
using Quorum.Publishing.Minutes;
using UglyToad.PdfPig;

namespace Quorum.Publishing.Packs;

/// <summary>A finished pack: the PDF and the page range of every item it carries, as its contents page prints them.</summary>
public sealed record CompiledPack(PackKind Kind, byte[] Pdf, int PageCount, IReadOnlyList<PackEntry> Contents);

public sealed record PackEntry(int ItemNumber, string Title, PageRange Pages);

/// <summary>
/// Compiles a meeting's packs. Reports print side by side in the warm browser; the front sheet is laid out in
/// two passes: first with placeholder ranges to learn how many pages it takes, then with the real ranges
/// (again if the real ranges changed its length). Every section starts on a right-hand (odd) page, padded with
/// "This page is intentionally left blank", as council packs are printed double-sided.
/// </summary>
public sealed class PackCompiler(ChromiumPrinter printer)
{
    private static readonly PageRange Placeholder = new(888, 999);
    private byte[]? blankPage;

    public async Task<CompiledPack> CompileAsync(AgendaPack pack, PackKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var papered = pack.Items.Select(item => (Item: item, Papers: Papers(item, kind))).Where(x => x.Papers is not null).ToList();

        var blankTask = Blank(cancellationToken);
        var placeholders = papered.ToDictionary(x => x.Item.Number, _ => Placeholder);
        var frontTask = printer.PrintAsync(PackHtml.FrontSheet(pack, kind, placeholders), cancellationToken);
        var reportTasks = papered.Select(x => PrintPapers(x.Item, x.Papers!.Value.Report, x.Papers.Value.Enclosures)).ToList();
        await Task.WhenAll(reportTasks.Cast<Task>().Append(blankTask).Append(frontTask)).ConfigureAwait(false);

        async Task<byte[]?> PrintPapers(PackItem item, PackReport? report, IReadOnlyList<PackEnclosure> enclosures) =>
            report is not null ? await printer.PrintAsync(PackHtml.Report(report, enclosures), cancellationToken).ConfigureAwait(false)
            : kind == PackKind.Main && item.PreviousMinutes is { } minutes
                ? await printer.PrintAsync(MinutesDocument.Html([minutes], $"{item.Number}. {item.Title}", pageNumbers: false), cancellationToken).ConfigureAwait(false)
                : null;
        var blank = await blankTask.ConfigureAwait(false);

        var sections = new List<PackSection>();
        for (var i = 0; i < papered.Count; i++)
        {
            var (item, papers) = papered[i];
            var pdfs = new List<byte[]>();
            var pages = 0;
            if (await reportTasks[i].ConfigureAwait(false) is { } reportPdf)
            {
                pdfs.Add(reportPdf);
                pages += CountPages(reportPdf, $"the papers for item {item.Number}");
            }
            foreach (var enclosure in papers!.Value.Enclosures)
            {
                var bytes = ReadEnclosure(enclosure, item);
                pdfs.Add(bytes);
                pages += CountPages(bytes, $"enclosure '{enclosure.Title}' of item {item.Number} ({enclosure.PdfPath})");
            }
            if (pages % 2 == 1)
            {
                pdfs.Add(blank);
                pages++;
            }
            sections.Add(new PackSection(item.Number, $"{item.Number}. {item.Title}", pdfs, pages));
        }

        var front = await frontTask.ConfigureAwait(false);
        var frontPages = Padded(CountPages(front, "the front sheet"));
        // Two-pass layout: the ranges depend on the front sheet's length, which the ranges could change.
        for (var pass = 0; ; pass++)
        {
            var next = frontPages + 1;
            foreach (var section in sections)
            {
                section.Pages = new PageRange(next, next + section.PageCount - 1);
                next += section.PageCount;
            }
            front = await printer.PrintAsync(PackHtml.FrontSheet(pack, kind, sections.ToDictionary(s => s.ItemNumber!.Value, s => s.Pages!)), cancellationToken).ConfigureAwait(false);
            var printed = Padded(CountPages(front, "the front sheet"));
            if (printed == frontPages)
            {
                break;
            }
            if (pass == 3)
            {
                throw new InvalidOperationException($"The front sheet of {pack.Committee} on {pack.Date:d MMMM uuuu} does not settle on a page count ({frontPages} then {printed}).");
            }
            frontPages = printed;
        }

        var frontPdfs = CountPages(front, "the front sheet") % 2 == 1 ? new[] { front, blank } : [front];
        var all = new List<PackSection> { new(null, "Agenda", frontPdfs, frontPages) };
        all.AddRange(sections);
        var title = $"{pack.Committee}, {pack.Date:d MMMM uuuu}" + kind switch
        {
            PackKind.PartII => " – Part II (members only)",
            PackKind.Supplementary => " – supplemental agenda",
            _ => "",
        };
        // One bookmark per item the agenda lists: to its papers, or to where the front sheet lists it.
        var bookmarks = pack.Items.Where(i => PackHtml.Lists(kind, i)).Select(i => new PackBookmark($"{i.Number}. {i.Title}", i.Number)).Prepend(new PackBookmark("Agenda", null)).ToList();
        var pdf = PackAssembler.Assemble(all, title, bookmarks);
        var contents = sections.Select(s => new PackEntry(s.ItemNumber!.Value, pack.Items.First(i => i.Number == s.ItemNumber).Title, s.Pages!)).ToList();
        return new CompiledPack(kind, pdf, frontPages + sections.Sum(s => s.PageCount), contents);
    }

    /// <summary>
    /// What of an item goes into a pack of this kind: its report, its enclosures, the previous minutes (the main pack's
    /// Minutes item: no report, no enclosures), or nothing (null).
    /// </summary>
    private static (PackReport? Report, IReadOnlyList<PackEnclosure> Enclosures)? Papers(PackItem item, PackKind kind)
    {
        if (item.Report is not { } report)
        {
            return kind == PackKind.Main && item.PreviousMinutes is not null && !item.ToFollow ? (null, []) : null;
        }
        var exemptReport = item.Part == AgendaPart.PartII || report.ExemptionParagraph is not null;
        return kind switch
        {
            PackKind.Main when !exemptReport && !item.ToFollow => (report, report.Enclosures.Where(e => e.ExemptionParagraph is null).ToList()),
            PackKind.Supplementary when !exemptReport && item.ToFollow => (report, report.Enclosures.Where(e => e.ExemptionParagraph is null).ToList()),
            PackKind.PartII when exemptReport => (report, report.Enclosures),
            // A public report's exempt appendices go to members on their own.
            PackKind.PartII when report.Enclosures.Any(e => e.ExemptionParagraph is not null) =>
                (null, report.Enclosures.Where(e => e.ExemptionParagraph is not null).ToList()),
            _ => null,
        };
    }

    private async Task<byte[]> Blank(CancellationToken cancellationToken) =>
        blankPage ??= await printer.PrintAsync(PackHtml.BlankPage(), cancellationToken).ConfigureAwait(false);

    private static int Padded(int pages) => pages + (pages % 2);

    private static byte[] ReadEnclosure(PackEnclosure enclosure, PackItem item)
    {
        if (!File.Exists(enclosure.PdfPath))
        {
            throw new FileNotFoundException($"Item {item.Number} ({item.Title}): enclosure '{enclosure.Title}' is missing from the document store ({enclosure.PdfPath}).", enclosure.PdfPath);
        }
        return File.ReadAllBytes(enclosure.PdfPath);
    }

    private static int CountPages(byte[] pdf, string what)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            return document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"The PDF of {what} cannot be read ({ex.Message}).", ex);
        }
    }
}
