using System.Reflection;
using Microsoft.Data.Sqlite;
using NodaTime;
using Quorum.Data;
using Quorum.Demo;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Site;

/// <summary>
/// The public site over the demo council (seed 1, at the generator's fixed reference date, with the clock at
/// 09:00 that day): what a visitor sees. The council is generated once per test run and started once as a site,
/// which builds its search index and creates the demo accounts; each host then gets its own copy of those files, so
/// hosts may add records without disturbing each other and none of them generates, indexes or hashes again.
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

    /// <summary>The database file this host starts from a copy of (with its search index and any printed packs beside it).</summary>
    protected virtual Task<string> TemplateAsync() => Template.Value;

    protected override async Task CreateDatabaseAsync(DatabaseSettings settings)
    {
        var template = await TemplateAsync();
        File.Copy(template, DatabasePath, overwrite: true);
        // A host that adds records before it starts builds its index from them, as a real start-up over that
        // database would; the others start with the template's index, which is what theirs would be.
        if (!SeedsMoreBeforeStart)
        {
            File.Copy(SearchIndexFor(template), SearchIndexFor(DatabasePath), overwrite: true);
        }
        var packs = Path.Combine(Path.GetDirectoryName(template)!, "packs");
        if (Directory.Exists(packs))
        {
            foreach (var file in Directory.EnumerateFiles(packs, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "packs", Path.GetRelativePath(packs, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy, overwrite: true);
            }
        }
        await QuorumDatabase.MigrateAsync(settings, Clock);
    }

    private bool SeedsMoreBeforeStart =>
        GetType().GetMethod(nameof(SeedMoreAsync), BindingFlags.Instance | BindingFlags.NonPublic)!.DeclaringType != typeof(SiteHost);

    /// <summary>Where the site keeps the search index of a SQLite store (see <c>SiteSearch.IndexPath</c>).</summary>
    private static string SearchIndexFor(string databasePath) => Path.ChangeExtension(databasePath, ".search.db");

    /// <summary>
    /// Seeds the demo council into a new file and starts the site over it once, so that the start-up work every
    /// host would repeat (the search index, the demo accounts) is done here; then folds each write-ahead log into
    /// its file so that a plain copy holds everything.
    /// </summary>
    private static async Task<string> GenerateAsync()
    {
        var path = TestDatabases.NewSqlitePath("demo-template");
        await DemoSeeder.SeedAsync(DatabaseSettings.ForSqliteFile(path), Seed, Today);
        await using (var site = new TemplateSite(path))
        {
            await site.InitializeAsync();
        }
        await FoldWriteAheadLogsAsync(path);
        return path;
    }

    /// <summary>Folds the write-ahead logs of a stopped host's database and search index into their files, so that a plain copy holds everything.</summary>
    protected static async Task FoldWriteAheadLogsAsync(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, SearchIndexFor(databasePath) })
        {
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"The template host did not write {file}.");
            }
            await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The one host started over the freshly seeded template file itself.</summary>
    private sealed class TemplateSite(string databasePath) : SiteHost(Now, databasePath)
    {
        protected override Task CreateDatabaseAsync(DatabaseSettings settings) => Task.CompletedTask;
    }
}
