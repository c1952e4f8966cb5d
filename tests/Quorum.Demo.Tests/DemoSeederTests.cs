using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Demo.Tests;

/// <summary>Loading the demo council, on each provider.</summary>
public abstract class DemoSeederTests
{
    protected abstract DatabaseSettings CreateSettings();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_council_loads_into_an_empty_database_complete()
    {
        var settings = CreateSettings();
        var stages = new List<string>();
        var demo = await DemoSeeder.SeedAsync(settings, seed: 3, progress: new Recorder(p => stages.Add(p.Stage)), cancellationToken: Cancel);

        await using var db = QuorumDatabase.CreateContext(settings, new TestClock());
        Assert.Equal(demo.Meetings.Count, await db.Meetings.CountAsync(Cancel));
        Assert.Equal(demo.AgendaItems.Count, await db.AgendaItems.CountAsync(Cancel));
        Assert.Equal(demo.Reports.Count, await db.Reports.CountAsync(Cancel));
        Assert.Equal(demo.Reports.Sum(r => r.Enclosures.Count), await db.Enclosures.CountAsync(Cancel));
        Assert.Equal(demo.Minutes.Sum(m => m.Resolutions.Count), await db.Resolutions.CountAsync(Cancel));
        Assert.Equal(demo.Votes.Sum(v => v.MemberVotes.Count), await db.MemberVotes.CountAsync(Cancel));
        Assert.Equal(demo.ReserveLists.Sum(r => r.Entries.Count), await db.ReserveListEntries.CountAsync(Cancel));
        Assert.Equal(63, await db.People.CountAsync(p => p.IsCouncillor, Cancel));
        Assert.Contains("Minutes and decisions", stages);
        Assert.True(await Quorum.Domain.Visibility.WherePublic(db.Reports).AnyAsync(Cancel));
    }

    [Fact]
    public async Task A_database_that_already_holds_data_is_refused_and_left_as_it_was()
    {
        var settings = CreateSettings();
        await DemoSeeder.SeedAsync(settings, seed: 4, cancellationToken: Cancel);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DemoSeeder.SeedAsync(settings, seed: 5, cancellationToken: Cancel));

        Assert.Contains("already holds data", error.Message);
        await using var db = QuorumDatabase.CreateContext(settings, new TestClock());
        Assert.Equal(1, await db.Councils.CountAsync(Cancel));
    }

    private sealed class Recorder(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => report(value);
    }
}

public sealed class SqliteDemoSeederTests : DemoSeederTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresDemoSeederTests : DemoSeederTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
