using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Database;

public class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_creates_a_sqlite_database_in_write_ahead_log_mode()
    {
        var path = TestDatabases.NewSqlitePath();

        var run = await CliRunner.RunAsync("migrate", "--db", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Migrated", run.Stdout);
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(path), new TestClock());
        Assert.Equal(db.Database.GetMigrations().Last(), SqliteSnapshot.Scalar(path, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1"));
        Assert.Equal("wal", SqliteSnapshot.Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal("0", SqliteSnapshot.Scalar(path, "SELECT COUNT(*) FROM Meetings"));
    }

    [Fact]
    public async Task Migrate_is_safe_to_run_again()
    {
        var path = await CliDemo.CopyAsync();

        var run = await CliRunner.RunAsync("migrate", "--db", path);

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual("0", SqliteSnapshot.Scalar(path, "SELECT COUNT(*) FROM Meetings"));
    }

    [Fact]
    public async Task Migrate_creates_the_postgres_schema()
    {
        var connection = TestDatabases.NewPostgresConnectionStringOrSkip();

        var run = await CliRunner.RunAsync("migrate", "--postgres", connection);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Contains("Migrated PostgreSQL at", run.Stdout.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_one_line_naming_host_and_port()
    {
        var run = await CliRunner.RunAsync("migrate", "--postgres", "Host=127.0.0.1;Port=1;Database=quorum;Username=postgres;Password=hunter2;Timeout=3");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.StartsWith("error: Cannot open PostgreSQL at 127.0.0.1:1, database 'quorum':", line);
        Assert.DoesNotContain("hunter2", run.Stderr);
    }

    [Fact]
    public async Task A_malformed_postgres_connection_string_is_named()
    {
        var run = await CliRunner.RunAsync("migrate", "--postgres", "Hots=nowhere");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: The PostgreSQL connection string is not valid:", run.Stderr.Trim());
    }

    [Fact]
    public async Task Giving_both_a_file_and_a_server_is_refused()
    {
        var run = await CliRunner.RunAsync("migrate", "--db", "x.db", "--postgres", "Host=localhost");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: Give either --db or --postgres, not both.", run.Stderr.Trim());
    }
}
