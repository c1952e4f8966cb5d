using Quorum.Import.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Quorum.Import.Reading;

/// <summary>
/// Reads a PDF pack page by page with PdfPig's <see cref="ContentOrderTextExtractor"/>, which keeps reading order
/// and paragraph breaks. Only one page's text is held at a time.
/// </summary>
public static class PdfPackReader
{
    public static IEnumerable<SourceLine> Read(string path)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(path);
        }
        catch (Exception ex) when (IsEncryption(ex))
        {
            throw new ImportException($"{path}: the PDF is encrypted; supply an unprotected copy.", ex);
        }
        catch (Exception ex)
        {
            throw new ImportException($"{path}: the PDF cannot be opened ({ex.Message}).", ex);
        }
        using (document)
        {
            var number = 0;
            var layout = new PdfTextLayout();
            (string Text, int Page)? pending = null;
            var pageCount = SafePageCount(document, path);
            var anyText = false;
            for (var p = 1; p <= pageCount; p++)
            {
                string text;
                List<PrintedLine> printed;
                try
                {
                    var page = document.GetPage(p);
                    text = ContentOrderTextExtractor.GetText(page, true);
                    printed = PdfTextLayout.Measure(page);
                }
                catch (Exception ex) when (IsEncryption(ex))
                {
                    throw new ImportException($"{path}: the PDF is encrypted; supply an unprotected copy.", ex);
                }
                catch (Exception ex)
                {
                    throw new ImportException($"{path}: page {p} of the PDF is damaged ({ex.Message}).", ex);
                }
                anyText |= text.Any(char.IsLetterOrDigit);
                foreach (var (line, page) in layout.Unwrap(PdfTextLayout.SplitLines(text), printed, p, ref pending))
                {
                    number++;
                    yield return new SourceLine(number, page, line);
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
