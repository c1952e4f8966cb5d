using System.Diagnostics;
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

    /// <summary>Prints a text file to PDF with headless Chromium, as a council's PDF would come from a print.</summary>
    internal static string PrintToPdf(string textFile)
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
            "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(textFile).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
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
