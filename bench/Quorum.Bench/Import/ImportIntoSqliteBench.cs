using System.Diagnostics;
using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Application.Imports;
using Quorum.Data;
using Quorum.Domain.Publication;

namespace Quorum.Bench.Import;

/// <summary>
/// <c>import-sqlite PACKS DB</c>: times <c>quorum import</c>'s work for many distinct packs into one SQLite file (target:
/// 1,000 packs under 2 minutes) and samples the working set as it goes, to show memory stays flat. The three samples
/// are cycled; each cycle renames the bodies ("Corporate Parenting Panel 17"), so every pack is new to the database
/// (a new hash, committee and meetings) rather than an unchanged re-import. One pack file exists at a time.
/// </summary>
internal static partial class ImportIntoSqliteBench
{
    private static readonly string[] Samples = ["000_3e448eb3eb3f3234", "002_a355e7290101a6f1", "003_c501b68c03b2d938"];

    public static async Task<int> RunAsync(int packs, string databasePath)
    {
        var samplesFolder = Path.GetDirectoryName(BenchSamples.SamplePath())!;
        var texts = Samples.Select(s => File.ReadAllText(Path.Combine(samplesFolder, s + ".txt"))).ToArray();
        var work = Path.Combine(Path.GetTempPath(), "quorum-import-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var settings = DatabaseSettings.ForSqliteFile(databasePath);
        await QuorumDatabase.MigrateAsync(settings, SystemClock.Instance);
        var importer = new PackImporter(settings, SystemClock.Instance, new PublicationEvents([]) /* the import alone, without search indexing */, "Harrow Council");

        using var self = Process.GetCurrentProcess();
        var samples = new List<(int Packs, long WorkingSet, long LiveHeap)>();
        int imported = 0, failed = 0, pages = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < packs; i++)
        {
            var cycle = i / texts.Length;
            var path = Path.Combine(work, $"pack-{i:D5}.txt");
            await File.WriteAllTextAsync(path, cycle == 0 ? texts[i % texts.Length] : RenameBodies(texts[i % texts.Length], cycle));
            var result = await importer.ImportAsync(path);
            File.Delete(path);
            if (result.Outcome is PackImportOutcome.Failed)
            {
                failed++;
                Console.Error.WriteLine(result.Reason);
            }
            else
            {
                imported++;
                pages += result.Pages;
            }
            if ((i + 1) % Math.Max(1, packs / 10) == 0)
            {
                // The working set lags what is held; the live heap after a full collection shows whether anything accumulates.
                self.Refresh();
                samples.Add((i + 1, self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: true)));
            }
        }
        clock.Stop();
        self.Refresh();
        Directory.Delete(work, recursive: true);
        Console.WriteLine($"| {packs:N0} packs ({imported} imported, {failed} failed, {pages:N0} pages) | {clock.Elapsed.TotalSeconds:N1} s | {packs / clock.Elapsed.TotalSeconds:N1} packs/s | peak working set {self.PeakWorkingSet64 / 1e6:N0} MB | {new FileInfo(databasePath).Length / 1e6:N0} MB database |");
        Console.WriteLine("after N packs, working set / live heap: " + string.Join(", ", samples.Select(s => $"{s.Packs}: {s.WorkingSet / 1e6:N0} / {s.LiveHeap / 1e6:N1} MB")));
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Gives each cycle its own bodies, keeping the capitals of headings ("CORPORATE PARENTING PANEL 17").</summary>
    private static string RenameBodies(string text, int cycle) =>
        BodyName().Replace(text, m => m.Value + " " + cycle.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Overview and Scrutiny Committee|Corporate Parenting Panel", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BodyName();
}
