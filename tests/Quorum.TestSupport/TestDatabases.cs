using Microsoft.Data.Sqlite;
using NodaTime;
using Npgsql;
using Quorum.Data;

namespace Quorum.TestSupport;

/// <summary>
/// Where tests find their databases. SQLite files go in a fresh temporary folder; PostgreSQL is the throwaway
/// cluster that <c>test.sh</c> starts, passed in <c>QUORUM_TEST_POSTGRES</c>. When the test script sets
/// <c>QUORUM_REQUIRE_POSTGRES=1</c>, a missing server fails the test instead of skipping it, so CI cannot
/// silently lose the PostgreSQL half of the suite.
/// </summary>
public static class TestDatabases
{
    private static readonly Lazy<Task<string>> SqliteTemplate = new(MigrateSqliteTemplateAsync);

    private static readonly Lazy<Task<string>> PostgresTemplate = new(MigratePostgresTemplateAsync);

    /// <summary>
    /// This test process's folder of SQLite files, deleted when the process ends: a run writes gigabytes there, and
    /// left behind they filled a developer's disk within days.
    /// </summary>
    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "quorum-tests", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open; the folder is left for the next clean-up of /tmp.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return folder;
    });

    public static string NewSqlitePath(string name = "quorum")
    {
        var dir = Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".db");
    }

    /// <summary>A connection string for a new, uniquely named database on the test PostgreSQL server.</summary>
    public static string NewPostgresConnectionStringOrSkip()
    {
        var server = Environment.GetEnvironmentVariable("QUORUM_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            if (Environment.GetEnvironmentVariable("QUORUM_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException("QUORUM_REQUIRE_POSTGRES=1 but QUORUM_TEST_POSTGRES is not set.");
            }
            Xunit.Assert.Skip("No PostgreSQL server: run ./test.sh, or set QUORUM_TEST_POSTGRES to a server connection string.");
        }
        return server.TrimEnd(';') + ";Database=q_" + Guid.NewGuid().ToString("N")[..16];
    }

    /// <summary>
    /// Brings a test's database to the current schema as <see cref="QuorumDatabase.MigrateAsync"/> does, but a new one
    /// starts as a copy of a database migrated once per test process (a file copy for SQLite, <c>CREATE DATABASE …
    /// TEMPLATE</c> for PostgreSQL): running every migration for every test was a large share of CI's time. The real
    /// migrate still runs over the copy (finding nothing to apply); the migrations themselves are tested from an empty
    /// database by the tests of <c>quorum migrate</c>, the upgrades and the first start.
    /// </summary>
    public static async Task MigrateAsync(DatabaseSettings settings, IClock clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.SqlitePath is { } path && path != ":memory:" && (!File.Exists(path) || new FileInfo(path).Length == 0))
        {
            var template = await SqliteTemplate.Value;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(template, path, overwrite: true);
        }
        else if (settings.Provider == DatabaseProvider.Postgres)
        {
            await ClonePostgresTemplateAsync(settings.ConnectionString, cancellationToken);
        }
        await QuorumDatabase.MigrateAsync(settings, clock, cancellationToken);
    }

    private static async Task<string> MigrateSqliteTemplateAsync()
    {
        var settings = DatabaseSettings.ForSqliteFile(NewSqlitePath("migrated-template"));
        await QuorumDatabase.MigrateAsync(settings, SystemClock.Instance);
        SqliteConnection.ClearPool(new SqliteConnection(settings.ConnectionString));
        // Folds the write-ahead log into the file, so that a plain copy holds the whole schema.
        await using var connection = new SqliteConnection(settings.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
        return settings.SqlitePath!;
    }

    /// <summary>Migrates a database of this process's own, with no pooled connection left open to it (a template must have none).</summary>
    private static async Task<string> MigratePostgresTemplateAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(NewPostgresConnectionStringOrSkip()) { Pooling = false };
        builder.Database = "qt_" + builder.Database![2..];
        await QuorumDatabase.MigrateAsync(DatabaseSettings.ForPostgres(builder.ConnectionString), SystemClock.Instance);
        return builder.Database;
    }

    private static async Task ClonePostgresTemplateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var template = await PostgresTemplate.Value;
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.AddWithValue(target.Database!);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }
        }
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\" TEMPLATE \"{template}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }
}
