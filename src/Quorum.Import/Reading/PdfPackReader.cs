using Quorum.Import.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Quorum.Import.Reading;

/// <summary>
/// Reads a PDF pack with PdfPig's <see cref="ContentOrderTextExtractor"/>, which keeps reading order and paragraph
/// breaks. Parsing a page's content is nearly all the cost, so pages are read a batch at a time on up to
/// <see cref="Workers"/> threads, each with its own copy of the document (PdfPig's are not thread-safe); only one
/// batch's text is held at a time, so memory stays flat however long the pack.
/// </summary>
public static class PdfPackReader
{
    private const int PagesPerBatch = 32;

    /// <summary>Threads that read pages at once: one per core, at most four (opening a copy costs a little).</summary>
    public static int Workers { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static IEnumerable<SourceLine> Read(string path)
    {
        var documents = new List<PdfDocument> { Open(path) };
        try
        {
            var pageCount = SafePageCount(documents[0], path);
            // A short paper is read on one thread: opening more copies would cost more than it saves.
            var workers = Math.Min(Workers, Math.Max(1, pageCount / 8));
            while (documents.Count < workers)
            {
                documents.Add(Open(path));
            }
            var number = 0;
            var layout = new PdfTextLayout();
            (string Text, int Page)? pending = null;
            var anyText = false;
            for (var first = 1; first <= pageCount; first += PagesPerBatch)
            {
                foreach (var page in ReadBatch(documents, first, Math.Min(pageCount, first + PagesPerBatch - 1), path))
                {
                    anyText |= page.Text.Any(char.IsLetterOrDigit);
                    foreach (var (line, on) in layout.Unwrap(PdfTextLayout.SplitLines(page.Text), page.Printed, page.Number, ref pending))
                    {
                        number++;
                        yield return new SourceLine(number, on, line);
                    }
                }
            }
            if (pending is { } last)
            {
                yield return new SourceLine(number + 1, last.Page, last.Text);
            }
            if (!anyText && pageCount > 0)
            {
                // A scanned paper: pages of images. Reading it needs OCR first (for example ocrmypdf), which is
                // not run here, so it is refused rather than imported as an empty pack.
                throw new ImportException($"{path}: the PDF has no text layer ({pageCount} page(s) of images, probably scanned); run OCR on it first.");
            }
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private sealed record PageText(int Number, string Text, List<PrintedLine> Printed);

    /// <summary>Pages <paramref name="first"/> to <paramref name="last"/> in order, read with worker w taking every
    /// w-th page. A page that fails is reported after the pages before it, as a one-thread read would.</summary>
    private static IEnumerable<PageText> ReadBatch(List<PdfDocument> documents, int first, int last, string path)
    {
        var pages = new PageText?[last - first + 1];
        var failures = new ImportException?[pages.Length];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = documents.Count }, w =>
        {
            for (var i = w; i < pages.Length; i += documents.Count)
            {
                try
                {
                    pages[i] = ReadPage(documents[w], first + i, path);
                }
                catch (ImportException ex)
                {
                    failures[i] = ex;
                    return;
                }
            }
        });
        for (var i = 0; i < pages.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                throw failure;
            }
            yield return pages[i]!;
        }
    }

    private static PageText ReadPage(PdfDocument document, int number, string path)
    {
        try
        {
            var page = document.GetPage(number);
            return new PageText(number, ContentOrderTextExtractor.GetText(page, true), PdfTextLayout.Measure(page));
        }
        catch (Exception ex) when (IsEncryption(ex))
        {
            throw new ImportException($"{path}: the PDF is encrypted; supply an unprotected copy.", ex);
        }
        catch (Exception ex)
        {
            throw new ImportException($"{path}: page {number} of the PDF is damaged ({ex.Message}).", ex);
        }
    }

    private static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path);
        }
        catch (Exception ex) when (IsEncryption(ex))
        {
            throw new ImportException($"{path}: the PDF is encrypted; supply an unprotected copy.", ex);
        }
        catch (Exception ex)
        {
            throw new ImportException($"{path}: the PDF cannot be opened ({ex.Message}).", ex);
        }
    }

    private static int SafePageCount(PdfDocument document, string path)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception ex)
        {
            throw new ImportException($"{path}: the PDF has no readable page tree ({ex.Message}).", ex);
        }
    }

    private static bool IsEncryption(Exception ex) =>
        ex is PdfDocumentEncryptedException || ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase);
}
