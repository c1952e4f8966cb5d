using Microsoft.Data.Sqlite;
using NodaTime;
using Quorum.Data;
using Quorum.Demo;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Site;

/// <summary>
/// The public site over the demo council (seed 1, at the generator's fixed reference date, with the clock at
/// 09:00 that day): what a visitor sees. The council is generated once per test run and each host gets its own copy
/// of the file, so hosts may add records without disturbing each other.
/// </summary>
public class DemoSite : SiteHost
{
    public const int Seed = 1;

    public static readonly LocalDate Today = DemoCouncil.DefaultReferenceDate;

    public static readonly Instant Now = Today.At(new LocalTime(9, 0)).InUtc().ToInstant();

    private static readonly Lazy<Task<string>> Template = new(GenerateAsync);

    public DemoSite()
        : base(Now)
    {
    }

    protected override async Task CreateDatabaseAsync(DatabaseSettings settings)
    {
        File.Copy(await Template.Value, DatabasePath, overwrite: true);
        await QuorumDatabase.MigrateAsync(settings, Clock);
    }

    private static async Task<string> GenerateAsync()
    {
        var path = TestDatabases.NewSqlitePath("demo-template");
        await DemoSeeder.SeedAsync(DatabaseSettings.ForSqliteFile(path), Seed, Today);
        // Fold the write-ahead log into the file so that a plain copy holds everything.
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        return path;
    }
}
