using Quorum.Import.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Quorum.Import.Reading;

/// <summary>
/// Reads a PDF pack with PdfPig's <see cref="ContentOrderTextExtractor"/>, which keeps reading order and paragraph
/// breaks. Parsing a page's content is nearly all the cost, so pages are read a batch at a time on up to
/// <see cref="Workers"/> threads, each with its own copy of the document (PdfPig's are not thread-safe); only one
/// batch's text is held at a time, so memory stays flat however long the pack. A scanned page (images and no text)
/// is read by OCR when tesseract is installed (<see cref="PageOcr"/>), and says so in a warning with its confidence.
/// </summary>
public static class PdfPackReader
{
    private const int PagesPerBatch = 32;

    /// <summary>Threads that read pages at once: one per core, at most four (opening a copy costs a little).</summary>
    public static int Workers { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static IEnumerable<SourceLine> Read(string path, ExtractionContext? context = null)
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
                    if (page.OcrConfidence is { } confidence)
                    {
                        context?.Warn("ocr", $"page {page.Number} has no text layer; it was read by OCR (mean word confidence {confidence:0}%)", number + 1, page.Number);
                    }
                    else if (page.Scanned)
                    {
                        context?.Warn("no-text-layer", $"page {page.Number} is an image with no text layer and was skipped (OCR needs tesseract-ocr)", number + 1, page.Number);
                    }
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
                // Pages of images that OCR could not read (or no OCR installed): refused rather than imported empty.
                throw new ImportException(PageOcr.IsAvailable
                    ? $"{path}: the PDF has no text layer and OCR found no text on its {pageCount} page(s)."
                    : $"{path}: the PDF has no text layer ({pageCount} page(s) of images, probably scanned); install tesseract-ocr to read it, or run OCR on it first.");
            }
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    /// <param name="Scanned">The page has images and no text of its own.</param>
    /// <param name="OcrConfidence">Set when the text came from OCR.</param>
    private sealed record PageText(int Number, string Text, List<PrintedLine> Printed, bool Scanned = false, double? OcrConfidence = null);

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
            var text = ContentOrderTextExtractor.GetText(page, true);
            if (text.Any(char.IsLetterOrDigit) || !page.GetImages().Any())
            {
                return new PageText(number, text, PdfTextLayout.Measure(page));
            }
            if (!PageOcr.IsAvailable)
            {
                return new PageText(number, text, [], Scanned: true);
            }
            var (read, confidence) = ReadByOcr(path, number);
            // OCR's lines carry no geometry; the unwrapping falls back to character counts for them.
            return new PageText(number, read, [], Scanned: true, OcrConfidence: confidence ?? 0);
        }
        catch (ImportException)
        {
            throw;
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

    private static (string Text, double? Confidence) ReadByOcr(string path, int number)
    {
        try
        {
            return PageOcr.Read(path, number);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            throw new ImportException($"{path}: page {number} has no text layer and OCR could not read it ({ex.Message}).", ex);
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
