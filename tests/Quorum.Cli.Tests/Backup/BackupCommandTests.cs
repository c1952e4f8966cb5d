using System.IO.Compression;
using System.Security.Cryptography;
using NodaTime;
using Npgsql;
using Quorum.Cli.Tests.Database;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Backup;

/// <summary>
/// <c>quorum backup</c> and <c>quorum restore</c> through the real CLI: a round trip gives back every table and every
/// document byte for byte, on SQLite and PostgreSQL, and a restore never overwrites data it was not told to.
/// </summary>
public sealed class BackupCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_SQLite_database_and_its_documents_come_back_identical_table_by_table_and_file_by_file()
    {
        var source = await CliDemo.CopyAsync();
        await AuditAsync(DatabaseSettings.ForSqliteFile(source));
        var documents = DocumentStore();
        var archive = ArchivePath();
        var target = TestDatabases.NewSqlitePath("restored");
        var restoredDocuments = Path.Combine(Path.GetDirectoryName(target)!, "documents");

        var backup = await CliRunner.RunAsync("backup", archive, "--db", source, "--documents", documents);
        var restore = await CliRunner.RunAsync("restore", archive, "--db", target, "--documents", restoredDocuments);

        Assert.True(backup.ExitCode == 0, backup.Stderr);
        Assert.Contains("and 3 document(s)", backup.Stdout, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == 0, restore.Stderr);
        var before = await SqliteSnapshot.TakeAsync(source);
        Assert.Contains("AuditEntries", before.Keys);
        Assert.True(before["Meetings"].Rows > 0);
        Assert.Equal(before, await SqliteSnapshot.TakeAsync(target));
        Assert.Equal(HashOfFolder(documents), HashOfFolder(restoredDocuments));
        Assert.Equal(0, (await CliRunner.RunAsync("audit", "verify", "--db", target)).ExitCode);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, ".*"));
    }

    [Fact]
    public async Task A_PostgreSQL_database_and_its_documents_come_back_identical_table_by_table_and_file_by_file()
    {
        var source = DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
        var seeded = await CliRunner.RunAsync("demo", "--seed", "2", "--postgres", source.ConnectionString);
        Assert.True(seeded.ExitCode == 0, seeded.Stderr);
        await AuditAsync(source);
        var documents = DocumentStore();
        var archive = ArchivePath();
        var target = DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
        var restoredDocuments = Path.Combine(Path.GetDirectoryName(archive)!, "restored-documents");

        var backup = await CliRunner.RunAsync("backup", archive, "--postgres", source.ConnectionString, "--documents", documents);
        var restore = await CliRunner.RunAsync("restore", archive, "--postgres", target.ConnectionString, "--documents", restoredDocuments);

        Assert.True(backup.ExitCode == 0, backup.Stderr);
        Assert.True(restore.ExitCode == 0, restore.Stderr);
        var before = await PostgresSnapshotAsync(source);
        Assert.True(before["AuditEntries"].Rows > 0);
        Assert.True(before["Meetings"].Rows > 0);
        Assert.Equal(before, await PostgresSnapshotAsync(target));
        Assert.Equal(HashOfFolder(documents), HashOfFolder(restoredDocuments));
        Assert.Equal(0, (await CliRunner.RunAsync("audit", "verify", "--postgres", target.ConnectionString)).ExitCode);

        var again = await CliRunner.RunAsync("restore", archive, "--postgres", target.ConnectionString);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds data: restore refuses to overwrite it without --force", again.Stderr, StringComparison.Ordinal);
        var forced = await CliRunner.RunAsync("restore", archive, "--postgres", target.ConnectionString, "--force");
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Equal(before, await PostgresSnapshotAsync(target));
    }

    [Fact]
    public async Task A_restore_refuses_a_database_or_document_store_holding_data_unless_forced()
    {
        var source = TestDatabases.NewSqlitePath("source");
        await TestDatabases.MigrateAsync(DatabaseSettings.ForSqliteFile(source), SystemClock.Instance, Cancel);
        await AuditAsync(DatabaseSettings.ForSqliteFile(source));
        var archive = ArchivePath();
        Assert.Equal(0, (await CliRunner.RunAsync("backup", archive, "--db", source, "--documents", DocumentStore())).ExitCode);
        var occupied = await CliDemo.CopyAsync("occupied");
        var occupiedBefore = await SqliteSnapshot.TakeAsync(occupied);
        var fullStore = DocumentStore();

        var database = await CliRunner.RunAsync("restore", archive, "--db", occupied);
        var store = await CliRunner.RunAsync("restore", archive, "--db", TestDatabases.NewSqlitePath("empty"), "--documents", fullStore);
        var forced = await CliRunner.RunAsync("restore", archive, "--db", occupied, "--documents", fullStore, "--force");

        Assert.Equal(1, database.ExitCode);
        Assert.Equal($"error: The SQLite file '{occupied}' already holds data: restore refuses to overwrite it without --force.", database.Stderr.Trim());
        Assert.Equal(1, store.ExitCode);
        Assert.Equal($"error: The document store '{fullStore}' is not empty: restore refuses to overwrite it without --force.", store.Stderr.Trim());
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.NotEqual(occupiedBefore, await SqliteSnapshot.TakeAsync(occupied));
        Assert.Equal(await SqliteSnapshot.TakeAsync(source), await SqliteSnapshot.TakeAsync(occupied));
    }

    [Fact]
    public async Task A_forced_SQLite_restore_from_a_damaged_archive_leaves_the_target_as_it_was()
    {
        var target = await CliDemo.CopyAsync("kept");
        var before = await SqliteSnapshot.TakeAsync(target);
        var archive = ArchivePath();
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            await using (var manifest = new StreamWriter(await zip.CreateEntry("manifest.json").OpenAsync(Cancel)))
            {
                await manifest.WriteAsync("""{"Format":"quorum-backup","Version":1,"Created":"2026-12-06T12:00:00Z","Provider":"Sqlite","Database":"database.sqlite","Documents":0}""");
            }
            await using var database = await zip.CreateEntry("database.sqlite").OpenAsync(Cancel);
            await database.WriteAsync(RandomNumberGenerator.GetBytes(64 * 1024), Cancel);
        }

        var run = await CliRunner.RunAsync("restore", archive, "--db", target, "--force");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await SqliteSnapshot.TakeAsync(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, ".*"));
    }

    [Fact]
    public async Task Without_pg_dump_the_backup_says_how_to_install_it()
    {
        var empty = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);

        var run = await CliRunner.RunProcessWithAsync(new Dictionary<string, string> { ["QUORUM_PG_BIN"] = empty }, "backup", ArchivePath(), "--postgres", "Host=127.0.0.1;Port=1;Database=quorum;Username=quorum");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: pg_dump was not found in QUORUM_PG_BIN ('{empty}'): install the PostgreSQL client tools of the server's version or newer (Debian: apt-get install postgresql-client), put them on PATH, or set QUORUM_PG_BIN to their folder.", run.Stderr.Trim());
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_named()
    {
        var archive = ArchivePath();
        await File.WriteAllTextAsync(archive, "not a zip", Cancel);

        var run = await CliRunner.RunAsync("restore", archive, "--db", TestDatabases.NewSqlitePath());

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: '{archive}' is not a Quorum backup (not a zip archive).", run.Stderr.Trim());
    }

    /// <summary>A few audit entries, so the chain is part of what must survive.</summary>
    private static async Task AuditAsync(DatabaseSettings settings)
    {
        await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
        db.Actor = "admin";
        db.AuditEntries.Add(new AuditEntry { At = SystemClock.Instance.GetCurrentInstant(), Actor = "admin", Action = "Signed in", EntityType = nameof(StaffUser) });
        db.AuditEntries.Add(new AuditEntry { At = SystemClock.Instance.GetCurrentInstant(), Actor = "admin", Action = "Reset password", EntityType = nameof(StaffUser), EntityId = Guid.NewGuid() });
        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>A document store with an upload, its extracted text and a file in a nested folder.</summary>
    private static string DocumentStore()
    {
        var root = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"), "documents");
        Directory.CreateDirectory(Path.Combine(root, "uploads"));
        File.WriteAllBytes(Path.Combine(root, "uploads", "1f2e.pdf"), RandomNumberGenerator.GetBytes(40_000));
        File.WriteAllText(Path.Combine(root, "1f2e.txt"), "Extracted text of the appendix.");
        File.WriteAllBytes(Path.Combine(root, "abc123"), [0, 1, 2, 3]);
        return root;
    }

    private static string ArchivePath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "quorum-backup.zip");
    }

    /// <summary>Every file's path inside the store and the SHA-256 of its bytes.</summary>
    private static Dictionary<string, string> HashOfFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    private static async Task<Dictionary<string, (long Rows, string Hash)>> PostgresSnapshotAsync(DatabaseSettings settings)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString);
        return await DatabaseSnapshot.TakeAsync(connection, DatabaseSnapshot.PostgresTables, Cancel);
    }
}
