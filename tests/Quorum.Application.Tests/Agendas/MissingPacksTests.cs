using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain.Publication;
using Quorum.Publishing.Packs;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Agendas;

/// <summary>The start-up pack backfill over a real SQLite file, printing real packs.</summary>
public sealed class MissingPacksTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private static readonly LocalDate[] Dates = [new(2026, 1, 13), new(2026, 2, 10), new(2026, 3, 10), new(2026, 4, 14)];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_backfill_waits_out_a_locked_database_and_leaves_no_published_agenda_without_a_pack()
    {
        var path = TestDatabases.NewSqlitePath("backfill");
        // A one-second busy timeout instead of thirty, so that the lock below outlasts it quickly.
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Default Timeout=1");
        var clock = new TestClock(Instant.FromUtc(2026, 1, 5, 9, 0));
        await TestDatabases.MigrateAsync(settings, clock, Cancel);
        await using (var db = QuorumDatabase.CreateContext(settings, clock))
        {
            var council = TestCouncil.Named("London Borough of Testing").WithCommittee("Cabinet", c => c.Purpose("Takes executive decisions."));
            foreach (var date in Dates)
            {
                council.WithMeeting("Cabinet", date, m => m
                    .AgendaPublished(date.PlusDays(-8))
                    .Item(1, "Declarations of Interest")
                    .Item(2, $"Revenue Budget Monitoring {date:MMMM}", i => i.Report($"Revenue Budget Monitoring {date:MMMM}", r => r.Summary("The forecast outturn is within budget."))));
            }
            await council.SaveAsync(db, Cancel);
        }
        var folder = new PackFolder(Path.Combine(fixture.Directory, Guid.NewGuid().ToString("N")));
        using var builder = new AgendaPackBuilder(fixture.Compiler, new DocumentStore(Path.Combine(folder.Root, "documents")), folder);
        var announced = new RecordedPublications();
        await using var services = new ServiceCollection()
            .AddScoped(_ => QuorumDatabase.CreateContext(settings, clock))
            .AddScoped(_ => announced.Events)
            .BuildServiceProvider();
        var log = new ListLogger<MissingPacks>();
        var backfill = new MissingPacks(services.GetRequiredService<IServiceScopeFactory>(), builder, new PackFiles(folder), log)
        {
            RetryPause = TimeSpan.FromMilliseconds(200),
        };

        // Another writer (a clerk publishing, an import) holds the database for longer than the busy timeout.
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync(Cancel);
        await using var holding = other.BeginTransaction(deferred: false);
        var building = backfill.BuildAsync(Cancel);
        while (!log.Messages.Any(m => m.Contains("database was busy", StringComparison.Ordinal)))
        {
            Assert.False(building.IsCompleted, "the backfill finished while the database was locked: " + string.Join(" | ", log.Messages));
            await Task.Delay(100, Cancel);
        }
        await holding.RollbackAsync(Cancel);

        Assert.Equal(Dates.Length, await building);
        Assert.All(Dates, date => Assert.True(File.Exists(folder.PathFor(date, new Domain.Slug("cabinet"), PackKind.Main)), $"no pack for {date}"));
        Assert.Equal(Dates.Length, announced.Changes.Count(c => c.Content == PublishedContent.Agenda));
    }

    /// <summary>Keeps what is logged, so a test can tell that the backfill met the lock.</summary>
    private sealed class ListLogger<T> : ILogger<T>
    {
        private readonly ConcurrentQueue<string> messages = new();

        public IEnumerable<string> Messages => messages;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));
    }
}
