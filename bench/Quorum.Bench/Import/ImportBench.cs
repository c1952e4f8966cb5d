using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;

namespace Quorum.Bench.Import;

/// <summary>Entry point for the agenda-pack extraction benchmarks.</summary>
public static class ImportBench
{
    public static int Run(string[] args)
    {
        switch (args[0])
        {
            case "import-memory":
                return Memory(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
            case "import-sqlite":
                return ImportIntoSqliteBench.RunAsync(
                    args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000,
                    args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"quorum-import-bench-{Guid.NewGuid():N}.db")).GetAwaiter().GetResult();
            case "import-pdf":
                // import-pdf [pdf|-] [rounds] [path of the quorum executable]
                return PdfVersusPdftotextBench.Run(
                    args.Length > 1 && args[1] != "-" ? args[1] : null,
                    args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5,
                    args.Length > 3 ? args[3] : null);
            case "import-throughput":
                return Throughput(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50);
            default:
                BenchmarkRunner.Run<ExtractionBenchmarks>(args: args[1..]);
                return 0;
        }
    }

    /// <summary>
    /// Pages per second on one thread, by wall clock and by the CPU time the process used. On a machine shared
    /// with other work the CPU figure is the one-core throughput; the wall figure includes waiting for a core.
    /// </summary>
    private static int Throughput(int rounds)
    {
        var lines = BenchSamples.TextLines().Select((t, i) => new SourceLine(i + 1, null, t)).ToList();
        var textPages = lines.Count / (double)BenchSamples.LinesPerPage;
        var directory = Path.Combine(Path.GetTempPath(), "quorum-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var pdf = BenchSamples.PrintToPdf(directory);
        int pdfPages;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            pdfPages = document.NumberOfPages;
        }
        // Warm up until the JIT has tiered the hot paths up (tiered PGO re-compiles after about 30 calls); measuring
        // from the first call mixes unoptimised code into the figure.
        for (var i = 0; i < 60; i++)
        {
            PackExtractor.Extract(lines, "warm-up");
        }
        for (var i = 0; i < 3; i++)
        {
            PackExtractor.Extract(pdf);
        }
        Measure($"text ({lines.Count:N0} lines = {textPages:N1} pack pages)", textPages, rounds, () => PackExtractor.Extract(lines, "bench"));
        Measure($"PDF ({pdfPages} pages)", pdfPages, Math.Max(3, rounds / 10), () => PackExtractor.Extract(pdf));
        Directory.Delete(directory, recursive: true);
        return 0;
    }

    private static void Measure(string what, double pages, int rounds, Action extract)
    {
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var threadBefore = Search.ThreadCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            extract();
        }
        clock.Stop();
        // The extracting thread's own CPU is the one-core figure on a shared machine: it leaves out time spent
        // waiting for a core, and the runtime's other threads (the PDF reader's page workers are counted in the
        // process column only).
        var thread = (Search.ThreadCpu.Milliseconds() - threadBefore) / 1000;
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"| {what} | {rounds} | {clock.Elapsed.TotalMilliseconds / rounds:N1} ms | {pages * rounds / clock.Elapsed.TotalSeconds:N0} pages/s | {cpu * 1000 / rounds:N1} ms | {pages * rounds / cpu:N0} pages/s | {thread * 1000 / rounds:N1} ms | {pages * rounds / thread:N0} pages/s |");
    }

    /// <summary>Extracts one synthetic pack of <paramref name="pages"/> pack pages (samples repeated) and reports the
    /// peak working set, to show memory stays flat however long the pack is.</summary>
    private static int Memory(int pages)
    {
        var path = Path.Combine(Path.GetTempPath(), $"quorum-bench-{pages}-pages.txt");
        var lines = BenchSamples.TextLines();
        using (var writer = new StreamWriter(path))
        {
            for (var written = 0; written < pages * BenchSamples.LinesPerPage;)
            {
                foreach (var line in lines)
                {
                    writer.WriteLine(line);
                    written++;
                }
            }
        }
        var clock = Stopwatch.StartNew();
        var pack = PackExtractor.Extract(path);
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"| {pages:N0}-page text pack ({new FileInfo(path).Length / 1e6:N1} MB) | {clock.Elapsed.TotalSeconds:N2} s | peak working set {self.PeakWorkingSet64 / 1e6:N0} MB | {pack.Reports.Count} reports, {pack.Warnings.Count} warnings |");
        File.Delete(path);
        return 0;
    }
}
