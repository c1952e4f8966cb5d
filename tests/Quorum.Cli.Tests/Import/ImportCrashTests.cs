using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Import;

/// <summary>
/// <c>kill -9</c> in the middle of a long <c>quorum import</c>, then the same command again: every pack that committed
/// is whole (its meeting and all its pages), nothing half-written is there, and the second run imports the rest
/// once each, finding the committed ones unchanged. CI runs it on 40 packs; issue 19's size, 1,000 packs killed a third
/// of the way through, is <c>QUORUM_CRASH_PACKS=1000</c> (<c>bench/scripts/import-crash.sh</c>, result in docs/benchmarks.md).
/// </summary>
public sealed partial class ImportCrashTests
{
    private static readonly int Packs =
        int.TryParse(Environment.GetEnvironmentVariable("QUORUM_CRASH_PACKS"), System.Globalization.CultureInfo.InvariantCulture, out var packs) && packs >= 10 ? packs : 40;

    /// <summary>Killed once this many packs have committed: a few in CI, a third of the way through a long run.</summary>
    private static readonly int KillAfter = Math.Max(3, Packs / 3);

    [Fact]
    public async Task An_import_killed_mid_run_leaves_only_whole_packs_and_the_rerun_imports_the_rest_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var samples = RepoPaths.SamplesOrSkip();
        var folder = Directory.CreateTempSubdirectory("quorum-crash-import-").FullName;
        var text = await File.ReadAllTextAsync(Path.Combine(samples, "000_3e448eb3eb3f3234.txt"), ct);
        var files = new List<string>();
        for (var i = 1; i <= Packs; i++)
        {
            // Each copy is another body's meeting, so each is a new pack rather than the same one again.
            var file = Path.Combine(folder, $"pack-{i:D3}.txt");
            await File.WriteAllTextAsync(file, BodyName().Replace(text, m => $"{m.Value} {i}"), ct);
            files.Add(file);
        }
        var db = TestDatabases.NewSqlitePath("crash-import");
        var settings = DatabaseSettings.ForSqliteFile(db);

        // Killed once a few packs have committed and while others are on their way.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quorum.dll"));
        foreach (var arg in (string[])["import", .. files, "--db", db])
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        using (var import = Process.Start(start)!)
        {
            _ = import.StandardOutput.ReadToEndAsync(ct);
            _ = import.StandardError.ReadToEndAsync(ct);
            var waited = Stopwatch.StartNew();
            while (await CommittedAsync(settings, ct) < KillAfter)
            {
                Assert.False(import.HasExited, "the import finished before it could be killed");
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(3 + (Packs / 50)), $"{KillAfter} packs did not commit in time");
                await Task.Delay(50, ct);
            }
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(ct);
        }

        var committed = await WholePacksAsync(settings, ct);
        Assert.InRange(committed, KillAfter, Packs - 1);

        var rerun = await CliRunner.RunAsync(["import", .. files, "--db", db]);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Packs - committed, Count(rerun.Stdout, "Packs imported"));
        Assert.Equal(committed, Count(rerun.Stdout, "Unchanged (imported before)"));
        Assert.Equal(Packs, await WholePacksAsync(settings, ct));
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<int> CommittedAsync(DatabaseSettings settings, CancellationToken ct)
    {
        if (!File.Exists(settings.SqlitePath))
        {
            return 0;
        }
        try
        {
            await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
            return await db.ImportedPacks.IgnoreQueryFilters().CountAsync(ct);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // Not migrated yet, or busy: ask again.
            return 0;
        }
    }

    /// <summary>The packs in the store, each checked whole: one per file, its meeting there, every page stored.</summary>
    private static async Task<int> WholePacksAsync(DatabaseSettings settings, CancellationToken ct)
    {
        await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
        Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").SingleAsync(ct));
        var packs = await db.ImportedPacks.IgnoreQueryFilters()
            .Select(p => new { p.FileName, p.PageCount, Pages = db.ImportedPages.IgnoreQueryFilters().Count(g => g.PackId == p.Id), Meeting = db.Meetings.IgnoreQueryFilters().Any(m => m.Id == p.MeetingId) })
            .ToListAsync(ct);
        Assert.All(packs, p => Assert.True(p.Meeting && p.PageCount > 0 && p.Pages == p.PageCount, $"{p.FileName}: {p.Pages} of {p.PageCount} pages, meeting {(p.Meeting ? "there" : "missing")}"));
        Assert.Equal(packs.Count, packs.Select(p => p.FileName).Distinct().Count());
        return packs.Count;
    }

    private static int Count(string output, string row) =>
        int.Parse(Regex.Match(output, $@"{Regex.Escape(row)}\s*│\s*(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("Overview and Scrutiny Committee", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BodyName();
}
