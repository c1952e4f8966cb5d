using Microsoft.EntityFrameworkCore;
using Quorum.Cli.Tests.Database;
using Quorum.Data;
using Quorum.Domain;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Setup;

public class InitCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Init_makes_an_empty_council_with_the_municipal_year_holding_today_and_prints_the_next_steps()
    {
        var path = TestDatabases.NewSqlitePath();

        // The executable itself, as a council's administrator runs it.
        var run = await CliRunner.RunProcessAsync("init", "--council", "Fernbridge District Council", "--db", path);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Contains("Created Fernbridge District Council (slug fernbridge-district-council)", run.Stdout);
        Assert.Contains("quorum admin create --user NAME --role Administrator", run.Stdout);
        Assert.Contains($"quorum setup import FOLDER --db {path}", run.Stdout);
        Assert.Contains("dotnet run --project src/Quorum.Web", run.Stdout);
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(path), new TestClock());
        var council = Assert.Single(await db.Councils.ToListAsync(Cancel));
        Assert.Equal(("Fernbridge District Council", "fernbridge-district-council"), (council.Name, council.Slug.Value));
        var year = Assert.Single(await db.MunicipalYears.ToListAsync(Cancel));
        var today = CouncilTime.Today(NodaTime.SystemClock.Instance);
        Assert.True(year.Contains(today), $"{year.Name} should hold {today}");
        Assert.Equal((5, 1), (year.StartsOn.Month, year.StartsOn.Day));
        Assert.Equal(year.StartsOn.PlusYears(1).PlusDays(-1), year.EndsOn);
        Assert.Equal(council.Id, year.CouncilId);
        // No demo and nothing else: the web host seeds the demo only into a database without a council.
        Assert.Empty(await db.People.ToListAsync(Cancel));
        Assert.Empty(await db.Committees.ToListAsync(Cancel));
        Assert.Empty(await db.Meetings.ToListAsync(Cancel));
        Assert.Empty(await db.Users.ToListAsync(Cancel));
    }

    [Fact]
    public async Task Init_takes_the_slug_and_the_first_day_of_the_year_when_given()
    {
        var path = TestDatabases.NewSqlitePath();

        var run = await CliRunner.RunAsync("init", "--council", "Fernbridge District Council", "--slug", "fernbridge", "--year-starts", "2026-05-21", "--db", path);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Contains("municipal year 2026-2027", run.Stdout);
        Assert.Equal("fernbridge", SqliteSnapshot.Scalar(path, "SELECT Slug FROM Councils"));
        Assert.Equal("2026-05-21|2027-05-20", SqliteSnapshot.Scalar(path, "SELECT StartsOn || '|' || EndsOn FROM MunicipalYears"));
    }

    [Fact]
    public async Task Init_refuses_a_second_time_with_one_line_and_changes_nothing()
    {
        var path = await SetupFolders.InitAsync();
        var before = await SqliteSnapshot.TakeAsync(path);

        var run = await CliRunner.RunAsync("init", "--council", "fernbridge district council", "--db", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The SQLite file '{path}' already holds the council 'Fernbridge District Council' (slug fernbridge-district-council); nothing was changed.", run.Stderr.Trim());
        Assert.Equal(before, await SqliteSnapshot.TakeAsync(path));
    }

    [Fact]
    public async Task Init_refuses_a_database_holding_the_demo()
    {
        var path = await CliDemo.CopyAsync();

        var run = await CliRunner.RunAsync("init", "--council", "Fernbridge District Council", "--db", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The SQLite file '{path}' holds the demo council (London Borough of Brentmoor): give your own council a database of its own (--db FILE or --postgres).", run.Stderr.Trim());
        Assert.Equal("1", SqliteSnapshot.Scalar(path, "SELECT COUNT(*) FROM Councils"));
    }

    [Fact]
    public async Task Init_refuses_the_demo_councils_own_name_and_slug()
    {
        var path = TestDatabases.NewSqlitePath();

        var run = await CliRunner.RunAsync("init", "--council", "London Borough of Brentmoor", "--slug", "brentmoor", "--db", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: 'London Borough of Brentmoor' (slug brentmoor) is the demo council's name", run.Stderr.Trim());
        Assert.Equal("0", SqliteSnapshot.Scalar(path, "SELECT COUNT(*) FROM Councils"));
    }
}
