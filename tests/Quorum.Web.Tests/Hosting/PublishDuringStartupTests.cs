using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Search.Indexing;
using Quorum.Search.Sqlite;
using Quorum.TestSupport;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// Issue #21: on a fresh start a clerk published while the start-up pack backfill ran; index updates were lost and
/// the backfill stopped at "database is locked". Here the site starts with agendas to back-fill, `quorum reindex`
/// runs again and again in its own process, and the clerk publishes in the middle of it all.
/// </summary>
public sealed class PublishDuringStartupTests
{
    private const string ClerksWord = "zephyrquill";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_publication_during_the_pack_backfill_and_a_reindex_is_searchable_and_no_update_or_pack_is_lost()
    {
        var site = new BusyStart();
        await site.InitializeAsync();
        try
        {
            var backfill = site.Services.GetServices<IHostedService>().OfType<MissingPacks.AtStart>().Single().ExecuteTask!;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            var reindexes = ReindexUntilStoppedAsync(site, stop.Token);

            // The clerk publishes once the backfill is under way (its first pack is out, the rest are not).
            while (!Directory.EnumerateFiles(site.PacksPath, "*.pdf").Any())
            {
                Assert.False(backfill.IsCompleted, "the backfill ended before the clerk could publish");
                await Task.Delay(50, Cancel);
            }
            using (var scope = site.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<AgendaPublisher>().PublishAsync(site.ClerksMeetingId, "clerk", Cancel);
            }
            await backfill.WaitAsync(TimeSpan.FromMinutes(5), Cancel);
            await stop.CancelAsync();
            var reindexed = await reindexes;
            await DrainedAsync(site);

            Assert.True(reindexed >= 1, "no reindex ran during the backfill");
            // The clerk's words are found, through the site's own search.
            var json = await site.Client.GetStringAsync($"/api/search?q={ClerksWord}", Cancel);
            using (var results = JsonDocument.Parse(json))
            {
                var hit = Assert.Single(results.RootElement.GetProperty("results").EnumerateArray());
                Assert.Equal("Library Strategy 2026-2030", hit.GetProperty("title").GetString());
                // At its page of the pack the clerk's publication printed.
                Assert.EndsWith("/agenda.pdf#page=3", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
            }
            // Every published agenda that can have a pack has one.
            await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
            var published = await db.Meetings.Include(m => m.Committee).Where(m => m.AgendaPublishedOn != null).ToListAsync(Cancel);
            var files = site.Services.GetRequiredService<PackFiles>();
            Assert.Equal(BusyStart.Meetings + 1, published.Count);
            Assert.All(published, m => Assert.NotNull(files.PublicPack(m)));
            // No update was lost: the index holds exactly what a build from the store now makes.
            Assert.Equal(await FreshBuildAsync(site, files), await DocumentsAsync(site.IndexPath));
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    /// <summary>`quorum reindex` in its own process, as an administrator would run it, until told to stop.</summary>
    private static async Task<int> ReindexUntilStoppedAsync(BusyStart site, CancellationToken stop)
    {
        var runs = 0;
        while (!stop.IsCancellationRequested)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "quorum.dll"), "reindex", "--db", site.DatabasePath, "--packs", site.PacksPath })
            {
                start.ArgumentList.Add(arg);
            }
            start.Environment["NO_COLOR"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
            var stderr = process.StandardError.ReadToEndAsync(Cancel);
            await process.WaitForExitAsync(Cancel);
            Assert.True(process.ExitCode == 0, $"quorum reindex failed: {await stderr}{await stdout}");
            runs++;
        }
        return runs;
    }

    /// <summary>Waits until the site's outbox is empty: every update has reached the index.</summary>
    private static async Task DrainedAsync(BusyStart site)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
            {
                if (!await db.PendingSearchUpdates.AnyAsync(Cancel))
                {
                    return;
                }
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2),
                    "updates still waiting: " + string.Join("; ", await db.PendingSearchUpdates.Select(u => u.Content + " " + u.LastError).ToListAsync(Cancel)));
            }
            await Task.Delay(200, Cancel);
        }
    }

    private static async Task<List<string>> FreshBuildAsync(BusyStart site, PackFiles files)
    {
        var path = Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "fresh.search.db");
        var index = new SqliteSearchIndex(path);
        await new PublicIndexer(index, site.Database, site.Clock, (date, committee) => files.PackFor(date, committee) is not null)
            .RebuildAsync(cancellationToken: Cancel);
        return await DocumentsAsync(path);
    }

    /// <summary>Every document of an index file: its id, link, title and text.</summary>
    private static async Task<List<string>> DocumentsAsync(string indexPath)
    {
        await using var connection = new SqliteConnection($"Data Source={indexPath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc_id, url, title, body FROM docs ORDER BY doc_id";
        var documents = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel))
        {
            documents.Add(string.Join(" | ", reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        return documents;
    }

    /// <summary>
    /// A council with agendas published before packs were kept, so the site builds their packs when it starts, and
    /// one agenda whose report is cleared, ready for the clerk to publish. The clock stands at the real time of the
    /// run because `quorum reindex`, in its own process, keeps the real one, and the index lease is timed by both.
    /// </summary>
    private sealed class BusyStart() : SiteHost(SystemClock.Instance.GetCurrentInstant())
    {
        public const int Meetings = 6;

        public Guid ClerksMeetingId { get; private set; }

        public string PacksPath => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "packs");

        public string IndexPath => Path.ChangeExtension(DatabasePath, ".search.db");

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Documents:BuildMissingPacks"] = "true",
        };

        protected override async Task CreateDatabaseAsync(DatabaseSettings settings)
        {
            await TestDatabases.MigrateAsync(settings, Clock, Cancel);
            var today = Clock.Now.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
            var council = TestCouncil.Named("London Borough of Testing")
                .WithYear(today.PlusMonths(-6), today.PlusMonths(6))
                .WithCommittee("Cabinet", c => c.Purpose("Takes executive decisions."));
            for (var n = 1; n <= Meetings; n++)
            {
                var date = today.PlusWeeks(n - Meetings);
                council.WithMeeting("Cabinet", date, m => m
                    .AgendaPublished(date.PlusDays(-8))
                    .Item(1, "Declarations of Interest")
                    .Item(2, $"Housing Repairs Contract, Lot {n}", i => i.Report($"Housing Repairs Contract, Lot {n}", r => r
                        .Summary($"Performance of the repairs contractor for lot {n}.")
                        .Body("The contractor met its targets for emergency repairs."))));
            }
            var clerksDate = today.PlusWeeks(2);
            council.WithMeeting("Cabinet", clerksDate, m => m
                .Item(1, "Declarations of Interest")
                .Item(2, "Library Strategy", i => i.Report("Library Strategy 2026-2030", r => r
                    .Summary($"The {ClerksWord} reading programme comes to every branch library.")
                    .Draft()
                    .Edit(report =>
                    {
                        report.WardsAffected = "All";
                        report.Submit();
                        report.Clear();
                    }))));
            await using var db = QuorumDatabase.CreateContext(settings, Clock);
            var built = await council.SaveAsync(db, Cancel);
            ClerksMeetingId = built.Meeting(clerksDate).Id;
            Assert.Equal(PublicationState.Cleared, (await db.Reports.SingleAsync(r => r.Subject == "Library Strategy 2026-2030", Cancel)).State);
        }
    }
}
