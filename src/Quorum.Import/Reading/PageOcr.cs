using System.Diagnostics;
using System.Globalization;

namespace Quorum.Import.Reading;

/// <summary>
/// Reads a scanned page: poppler's <c>pdftoppm</c> renders it to an image and the <c>tesseract</c> command (Debian's
/// tesseract-ocr with tesseract-ocr-eng) reads the image. Both are programs, not libraries, so nothing native is
/// loaded into the process; when either is missing, scanned pages are refused as before.
/// </summary>
internal static class PageOcr
{
    // 300 dpi is what tesseract is tuned for; lower loses small print, higher only costs time.
    private const string Resolution = "300";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private static readonly Lazy<bool> Installed = new(() => OnPath("tesseract") && OnPath("pdftoppm"));

    public static bool IsAvailable => Installed.Value;

    /// <summary>The page's text, and the mean of tesseract's per-word confidence (0–100; null when it read no word).</summary>
    public static (string Text, double? Confidence) Read(string pdf, int page)
    {
        var work = Path.Combine(Path.GetTempPath(), "quorum-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var number = page.ToString(CultureInfo.InvariantCulture);
            var image = Path.Combine(work, "page");
            Run("pdftoppm", "-f", number, "-l", number, "-r", Resolution, "-gray", "-png", "-singlefile", pdf, image);
            var output = Path.Combine(work, "ocr");
            // One pass writes both the text (reading order, blank lines between blocks) and the per-word table.
            // Page segmentation 4 (one column of text of varying sizes): the default (3) looks for columns and
            // tears item numbers away from their titles.
            Run("tesseract", image + ".png", output, "-l", "eng", "--psm", "4", "txt", "tsv");
            return (File.ReadAllText(output + ".txt"), MeanConfidence(File.ReadLines(output + ".tsv")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Tesseract's TSV has one row per block, paragraph, line and word; only words (level 5) carry a
    /// confidence, and an empty word's is meaningless.</summary>
    private static double? MeanConfidence(IEnumerable<string> tsv)
    {
        var confidences = new List<double>();
        foreach (var row in tsv.Skip(1))
        {
            var cells = row.Split('\t');
            if (cells.Length >= 12 && cells[0] == "5" && cells[11].Trim().Length > 0
                && double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) && confidence >= 0)
            {
                confidences.Add(confidence);
            }
        }
        return confidences.Count > 0 ? confidences.Average() : null;
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} took longer than {Limit.TotalMinutes:0} minutes");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {error.Result.Trim().ReplaceLineEndings(" ")}");
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
