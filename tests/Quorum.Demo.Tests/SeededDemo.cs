using Microsoft.Data.Sqlite;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Demo.Tests;

/// <summary>
/// The demo council (seed 1) seeded into a SQLite file once per test run; tests that only need to read it take their
/// own copy instead of seeding it again (the seeder's own tests still seed from nothing).
/// </summary>
internal static class SeededDemo
{
    private static readonly Lazy<Task<string>> Seed1 = new(async () =>
    {
        var settings = DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath("demo-seed-1"));
        await DemoSeeder.SeedAsync(settings, seed: 1);
        SqliteConnection.ClearPool(new SqliteConnection(settings.ConnectionString));
        // Folds the write-ahead log into the file, so that a plain copy holds everything.
        await using var connection = new SqliteConnection(settings.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
        return settings.SqlitePath!;
    });

    /// <summary>A copy, in a folder of its own, of the seeded demo database.</summary>
    public static async Task<DatabaseSettings> CopyAsync(string name)
    {
        var path = TestDatabases.NewSqlitePath(name);
        File.Copy(await Seed1.Value, path);
        return DatabaseSettings.ForSqliteFile(path);
    }
}
