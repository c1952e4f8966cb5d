using System.Diagnostics;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;

namespace Quorum.Bench.Import;

/// <summary>
/// Times our PDF text extraction and poppler's <c>pdftotext</c> on the same file in the same run, round by round
/// alternating, so both see the same machine load. Ours runs in process after a warm-up; <c>pdftotext</c> is a
/// native program, so its time includes its own start-up (a few milliseconds), as a user running it would see.
/// Then the whole <c>quorum extract</c> command from a cold process, start-up included.
/// </summary>
internal static class PdfVersusPdftotextBench
{
    public static int Run(string? pdfPath, int rounds, string? cli)
    {
        var directory = Path.Combine(Path.GetTempPath(), "quorum-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        // Without a file of the user's, the shared sample repeated three times is printed: about 200 A4 pages.
        var pdf = pdfPath ?? BenchSamples.PrintToPdf(directory, copies: 3);
        int pages;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            pages = document.NumberOfPages;
        }
        Console.WriteLine($"{pdf}: {pages} pages, {new FileInfo(pdf).Length / 1e6:N1} MB; {Environment.ProcessorCount} cores visible; "
            + $"our reader uses {PdfPackReader.Workers} thread(s); load average {LoadAverage()}");
        for (var i = 0; i < 3; i++)
        {
            ReadAll(pdf);
            PackExtractor.Extract(pdf);
        }
        var read = new List<(double, double)>();
        var extract = new List<(double, double)>();
        var poppler = new List<(double, double)>();
        for (var i = 0; i < rounds; i++)
        {
            read.Add(Time(() => ReadAll(pdf)));
            extract.Add(Time(() => PackExtractor.Extract(pdf)));
            poppler.Add(Time(() => RunToEnd("pdftotext", pdf, "-")));
        }
        Console.WriteLine("| what | rounds | median wall | pages/s (median wall) | best wall | median CPU of this process |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Row("pdftotext (poppler), text only, process start included", pages, poppler);
        Row("ours, text only (PdfPackReader, in process)", pages, read);
        Row("ours, text + records (PackExtractor, in process)", pages, extract);
        if (cli is not null)
        {
            var command = new List<(double, double)>();
            for (var i = 0; i < rounds; i++)
            {
                command.Add(Time(() => RunToEnd(cli, "extract", pdf, "--out", Path.Combine(directory, "pack.json"))));
            }
            Row($"`quorum extract` from the command line ({Path.GetFileName(cli)}), start-up included", pages, command);
        }
        Console.WriteLine($"load average after: {LoadAverage()}");
        Directory.Delete(directory, recursive: true);
        return 0;
    }

    private static int ReadAll(string pdf) => PdfPackReader.Read(pdf).Count();

    /// <summary>Wall time and this process's CPU time (all its threads), in milliseconds. A child process's CPU is
    /// not counted, so the CPU column is meaningful for the in-process rows only.</summary>
    private static (double Wall, double Cpu) Time(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed.TotalMilliseconds;
        self.Refresh();
        return (wall, (self.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void RunToEnd(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited {process.ExitCode}: {error.Result}");
        }
    }

    private static void Row(string what, int pages, List<(double Wall, double Cpu)> runs)
    {
        var walls = runs.Select(r => r.Wall).Order().ToList();
        var median = walls[walls.Count / 2];
        var cpu = runs.Select(r => r.Cpu).Order().ElementAt(runs.Count / 2);
        Console.WriteLine($"| {what} | {runs.Count} | {median:N0} ms | {pages / (median / 1000):N0} | {walls[0]:N0} ms | {cpu:N0} ms |");
    }
}
