using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Database;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_with_the_same_seed_twice_gives_identical_databases()
    {
        var first = TestDatabases.NewSqlitePath("first");

        var runOne = await CliRunner.RunAsync("demo", "--seed", "1", "--db", first);
        // The second run is the one every test run makes once for the tests that need the demo database.
        var second = await CliDemo.CopyAsync("second");

        Assert.Equal((0, ""), (runOne.ExitCode, runOne.Stderr));
        Assert.Contains("London Borough of Brentmoor", runOne.Stdout);
        Assert.Contains($"Demo council written to SQLite file '{first}'.", runOne.Stdout);
        var a = await SqliteSnapshot.TakeAsync(first);
        var b = await SqliteSnapshot.TakeAsync(second);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, table => Assert.Equal(table.Value, b[table.Key]));
        Assert.InRange(a["Meetings"].Rows, 360, 440);
        Assert.Equal(63, long.Parse(SqliteSnapshot.Scalar(first, "SELECT COUNT(*) FROM People WHERE IsCouncillor = 1"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Demo_with_another_seed_gives_a_different_council()
    {
        var first = await CliDemo.CopyAsync("seed1");
        var second = TestDatabases.NewSqlitePath("seed2");
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--seed", "2", "--db", second)).ExitCode);
        Assert.NotEqual((await SqliteSnapshot.TakeAsync(first))["People"].Hash, (await SqliteSnapshot.TakeAsync(second))["People"].Hash);
    }

    [Fact]
    public async Task Demo_refuses_a_database_that_already_holds_data()
    {
        var path = await CliDemo.CopyAsync();

        var run = await CliRunner.RunAsync("demo", "--seed", "9", "--db", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: SQLite file '{path}' already holds data; the demo council is only loaded into an empty database.", run.Stderr.Trim());
    }

    [Fact]
    public async Task Demo_into_an_unwritable_path_fails_with_one_line_and_no_stack_trace()
    {
        var file = TestDatabases.NewSqlitePath("not-a-folder");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var path = Path.Combine(file, "quorum.db");

        var run = await CliRunner.RunAsync("demo", "--db", path);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.StartsWith($"error: Cannot write the SQLite database '{path}':", line);
        Assert.DoesNotContain(" at ", run.Stderr);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace_to_a_database_error()
    {
        var file = TestDatabases.NewSqlitePath("not-a-folder");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);

        var run = await CliRunner.RunAsync("demo", "--db", Path.Combine(file, "quorum.db"), "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot write the SQLite database", run.Stderr);
        Assert.Contains("QuorumDatabase", run.Stderr);
    }
}
