using System.Diagnostics;

namespace Quorum.Bench.Import;

/// <summary>The shared sample packs the benchmarks extract, found beside the repository as the tests find them.</summary>
internal static class BenchSamples
{
    /// <summary>A pack page is about 60 lines of the sample text.</summary>
    public const int LinesPerPage = 60;

    public const string Sample = "003_c501b68c03b2d938";

    public static string SamplePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
        {
            dir = dir.Parent;
        }
        var path = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "samples", Sample + ".txt");
        return path is not null && File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new FileNotFoundException("The benchmarks read ../shared/samples beside the repository.", path);
    }

    public static string[] TextLines() => File.ReadAllLines(SamplePath());

    /// <summary>Prints the sample (<paramref name="copies"/> times over, for a longer PDF) to PDF with headless
    /// Chromium, as the PDF tests do.</summary>
    public static string PrintToPdf(string directory, int copies = 1)
    {
        var pdf = Path.Combine(directory, Sample + ".pdf");
        var source = SamplePath();
        if (copies > 1)
        {
            source = Path.Combine(directory, Sample + ".txt");
            File.WriteAllText(source, string.Concat(Enumerable.Repeat(File.ReadAllText(SamplePath()) + "\n", copies)));
        }
        var start = new ProcessStartInfo("/usr/bin/chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--user-data-dir=" + Path.Combine(directory, "profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
            new Uri(source).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException("Chromium did not print " + pdf);
    }
}
