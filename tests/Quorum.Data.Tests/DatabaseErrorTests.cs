using Quorum.TestSupport;

namespace Quorum.Data.Tests;

public class DatabaseErrorTests
{
    [Fact]
    public async Task A_sqlite_path_under_a_file_is_reported_as_unwritable_in_one_line()
    {
        var notAFolder = TestDatabases.NewSqlitePath("plain-file");
        await File.WriteAllTextAsync(notAFolder, "not a folder", TestContext.Current.CancellationToken);
        var settings = DatabaseSettings.ForSqliteFile(Path.Combine(notAFolder, "quorum.db"));

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => QuorumDatabase.MigrateAsync(settings, new TestClock(), TestContext.Current.CancellationToken));

        Assert.StartsWith($"Cannot write the SQLite database '{Path.Combine(notAFolder, "quorum.db")}'", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_reported_with_host_and_port_but_no_password()
    {
        var settings = DatabaseSettings.ForPostgres("Host=127.0.0.1;Port=1;Database=quorum;Username=postgres;Password=secret-word;Timeout=3");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => QuorumDatabase.MigrateAsync(settings, new TestClock(), TestContext.Current.CancellationToken));

        Assert.StartsWith("Cannot open PostgreSQL at 127.0.0.1:1, database 'quorum':", error.Message);
        Assert.DoesNotContain("secret-word", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_malformed_postgres_connection_string_is_named_as_such()
    {
        var settings = DatabaseSettings.ForPostgres("Hots=127.0.0.1");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => QuorumDatabase.MigrateAsync(settings, new TestClock(), TestContext.Current.CancellationToken));

        Assert.StartsWith("The PostgreSQL connection string is not valid:", error.Message);
    }
}
