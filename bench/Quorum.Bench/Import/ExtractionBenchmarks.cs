using BenchmarkDotNet.Attributes;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;
using UglyToad.PdfPig;

namespace Quorum.Bench.Import;

/// <summary>
/// Extraction speed on one core: the 2020 panel pack (2,542 lines, about 42 pack pages) from its text form, and the
/// same pack printed to PDF by Chromium (66 PDF pages). Divide pages by the mean time for pages per second.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private List<SourceLine> lines = [];
    private string pdf = "";
    private string directory = "";

    public static double TextPages { get; private set; }
    public static int PdfPages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        lines = [.. BenchSamples.TextLines().Select((t, i) => new SourceLine(i + 1, null, t))];
        TextPages = lines.Count / (double)BenchSamples.LinesPerPage;
        directory = Path.Combine(Path.GetTempPath(), "quorum-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        pdf = BenchSamples.PrintToPdf(directory);
        using var document = PdfDocument.Open(pdf);
        PdfPages = document.NumberOfPages;
        Console.WriteLine($"// text: {lines.Count} lines = {TextPages:N1} pack pages; PDF: {PdfPages} pages");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    [Benchmark(Description = "text pack, 2,542 lines (42.4 pack pages)")]
    public ExtractedPack Text() => PackExtractor.Extract(lines, "bench");

    [Benchmark(Description = "PDF pack, 66 pages (read + extract)")]
    public ExtractedPack Pdf() => PackExtractor.Extract(pdf);
}
