using System.Diagnostics;
using System.Net;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>The PDF path: a sample printed to PDF by Chromium extracts as well as its text form, less at most 0.02.</summary>
public class PdfExtractionTests
{
    private const string Chromium = "/usr/bin/chromium";

    public static TheoryData<string> Samples => [.. SampleScoring.Samples];

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_printed_to_pdf_extracts_within_002_of_its_text_form(string sample)
    {
        var text = SampleScoring.SamplePath(sample);
        var pdf = PrintToPdf(text);
        try
        {
            var fromPdf = PackExtractor.Extract(pdf);
            var fromText = PackExtractor.Extract(text);

            // Every warning about a place in the pack says where; only whole-pack findings have no line.
            Assert.All(fromPdf.Warnings.Where(w => !w.Code.StartsWith("no-", StringComparison.Ordinal)), w => Assert.NotNull(w.Line));
            Assert.All(fromPdf.Warnings.Where(w => w.Line is not null && w.Code != "contact-name-variant"), w => Assert.NotNull(w.Page));
            var pdfScore = SampleScoring.Score(sample, fromPdf);
            var textScore = SampleScoring.Score(sample, fromText);
            Assert.True(pdfScore >= textScore - 0.02, $"PDF {pdfScore:0.000} against text {textScore:0.000}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(pdf)!, recursive: true);
        }
    }

    [Fact]
    public void Part_II_items_after_a_heading_at_the_foot_of_a_page_are_kept()
    {
        // Council PDFs carry running headers and footers; Chromium's print header and footer stand in for them. The
        // page break falls straight after the Part II heading, so its items open the next page.
        var (beforeBreak, afterBreak) = SyntheticPacks.PartTwoAcrossPageBreak;
        var html = Path.Combine(Path.GetTempPath(), $"quorum-part-two-{Guid.NewGuid():N}.html");
        File.WriteAllText(html, $"""
            <!doctype html><meta charset="utf-8"><title>Licensing Panel</title>
            <pre style="white-space:pre-wrap;break-after:page">{WebUtility.HtmlEncode(beforeBreak)}</pre>
            <pre style="white-space:pre-wrap">{WebUtility.HtmlEncode(afterBreak)}</pre>
            """);
        var pdf = PrintToPdf(html, pageFurniture: true);
        try
        {
            var pack = PackExtractor.Extract(pdf);

            Assert.Equal(["1", "2", "3", "4"], pack.Agenda.Select(i => i.Number));
            Assert.Equal(["I", "I", "II", "II"], pack.Agenda.Select(i => i.Part));
            Assert.Equal("Contract Award for Waste Collection", pack.Agenda[2].Title);
            Assert.Equal(4, pack.Agenda[3].Schedule12AParagraph);
        }
        finally
        {
            File.Delete(html);
            Directory.Delete(Path.GetDirectoryName(pdf)!, recursive: true);
        }
    }

    /// <summary>Prints a text (or HTML) file to PDF with headless Chromium, as a council's PDF would come from a print;
    /// <paramref name="pageFurniture"/> keeps Chromium's running header and footer on every page.</summary>
    internal static string PrintToPdf(string textFile, bool pageFurniture = false)
    {
        Assert.True(File.Exists(Chromium), "Chromium is needed at /usr/bin/chromium; test.sh installs it.");
        var dir = Path.Combine(Path.GetTempPath(), "quorum-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pdf = Path.Combine(dir, Path.GetFileNameWithoutExtension(textFile) + ".pdf");
        var start = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(dir, "profile"),
            "--print-to-pdf=" + pdf, new Uri(textFile).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }
        if (!pageFurniture)
        {
            start.ArgumentList.Insert(0, "--no-pdf-header-footer");
        }
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish printing within 90 s.");
        }
        Assert.True(File.Exists(pdf), $"Chromium exited {process.ExitCode} without writing {pdf}.");
        return pdf;
    }
}
