using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using Npgsql;
using Quorum.Data;

namespace Quorum.Application.Backups;

/// <summary>What a backup archive holds, written as <c>manifest.json</c> at its root.</summary>
public sealed record BackupManifest(string Format, int Version, string Created, DatabaseProvider Provider, string Database, int Documents);

/// <summary>A backup or restore that cannot go ahead, said in one line for the person running it.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);

public sealed record BackupSummary(string Archive, long Bytes, int Documents);

public sealed record RestoreSummary(BackupManifest Manifest, int Documents, bool DocumentsSkipped);

/// <summary>
/// One zip archive holding the database and the document store (<c>Documents:Store</c>): <c>manifest.json</c>,
/// <c>database.sqlite</c> (SQLite's online backup API, a consistent copy while the site runs) or
/// <c>database.pgdump</c> (<c>pg_dump -Fc</c>), and <c>documents/…</c>. Restoring refuses a target that already holds
/// data unless forced; for SQLite the database and the documents are first written beside their targets and then
/// moved into place, so a failed restore leaves the target as it was. PostgreSQL is restored in one transaction.
/// </summary>
public static class QuorumBackup
{
    public const string Format = "quorum-backup";
    public const int Version = 1;
    private const string ManifestEntry = "manifest.json";
    private const string DocumentsFolder = "documents/";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static async Task<BackupSummary> CreateAsync(DatabaseSettings settings, string? documents, string archivePath, IClock clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        var archive = Path.GetFullPath(archivePath);
        if (Path.GetDirectoryName(archive) is { } folder && !Directory.Exists(folder))
        {
            throw new BackupException($"The folder '{folder}' does not exist.");
        }
        if (documents is not null && !Directory.Exists(documents))
        {
            throw new BackupException($"--documents: no folder at '{Path.GetFullPath(documents)}'.");
        }
        var work = NewWorkFolder();
        // Written under a temporary name and moved into place: an interrupted backup never leaves a half archive.
        var partial = archive + ".partial";
        try
        {
            var (entry, dump) = settings.Provider == DatabaseProvider.Sqlite
                ? ("database.sqlite", await CopySqliteAsync(settings, work, cancellationToken))
                : ("database.pgdump", await DumpPostgresAsync(settings, work, cancellationToken));
            var files = documents is null ? [] : DocumentFiles(documents);
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var manifest = new BackupManifest(Format, Version, InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()), settings.Provider, entry, files.Count);
                await using (var writer = new StreamWriter(await zip.CreateEntry(ManifestEntry).OpenAsync(cancellationToken)))
                {
                    await writer.WriteAsync(JsonSerializer.Serialize(manifest, Json));
                }
                // A custom-format dump is compressed already.
                await zip.CreateEntryFromFileAsync(dump, entry, settings.Provider == DatabaseProvider.Postgres ? CompressionLevel.NoCompression : CompressionLevel.Optimal, cancellationToken);
                foreach (var file in files)
                {
                    var name = DocumentsFolder + Path.GetRelativePath(documents!, file).Replace(Path.DirectorySeparatorChar, '/');
                    await zip.CreateEntryFromFileAsync(file, name, CompressionLevel.Optimal, cancellationToken);
                }
            }
            File.Move(partial, archive, overwrite: true);
            return new BackupSummary(archive, new FileInfo(archive).Length, files.Count);
        }
        finally
        {
            File.Delete(partial);
            Directory.Delete(work, recursive: true);
        }
    }

    public static async Task<RestoreSummary> RestoreAsync(string archivePath, DatabaseSettings target, string? documents, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var archive = Path.GetFullPath(archivePath);
        if (!File.Exists(archive))
        {
            throw new BackupException($"No backup at '{archive}'.");
        }
        using var zip = OpenArchive(archive);
        var manifest = await ReadManifestAsync(zip, archive, cancellationToken);
        if (manifest.Provider != target.Provider)
        {
            throw new BackupException($"The backup holds a {Describe(manifest.Provider)} database; restore it with {(manifest.Provider == DatabaseProvider.Sqlite ? "--db FILE" : "--postgres CONNSTRING")}.");
        }
        var databaseEntry = zip.GetEntry(manifest.Database) ?? throw new BackupException($"'{archive}' has no {manifest.Database}: it is not a complete Quorum backup.");
        var documentEntries = zip.Entries.Where(e => e.FullName.StartsWith(DocumentsFolder, StringComparison.Ordinal) && !e.FullName.EndsWith('/')).ToList();

        // Every refusal before anything is written.
        if (!force && await HoldsDataAsync(target, cancellationToken))
        {
            throw new BackupException($"The {target.Describe()} already holds data: restore refuses to overwrite it without --force.");
        }
        var documentsTarget = documents is null ? null : Path.GetFullPath(documents.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (documentsTarget is not null && !force && Directory.Exists(documentsTarget) && Directory.EnumerateFileSystemEntries(documentsTarget).Any())
        {
            throw new BackupException($"The document store '{documentsTarget}' is not empty: restore refuses to overwrite it without --force.");
        }

        string? newDocuments = null;
        try
        {
            if (documentsTarget is not null)
            {
                newDocuments = await ExtractDocumentsAsync(documentEntries, documentsTarget, cancellationToken);
            }
            if (target.Provider == DatabaseProvider.Sqlite)
            {
                await RestoreSqliteAsync(databaseEntry, target, cancellationToken);
            }
            else
            {
                await RestorePostgresAsync(databaseEntry, target, force, cancellationToken);
            }
            if (newDocuments is not null)
            {
                SwapInto(newDocuments, documentsTarget!);
                newDocuments = null;
            }
        }
        finally
        {
            if (newDocuments is not null && Directory.Exists(newDocuments))
            {
                Directory.Delete(newDocuments, recursive: true);
            }
        }
        return new RestoreSummary(manifest, documentsTarget is null ? 0 : documentEntries.Count, documentsTarget is null && documentEntries.Count > 0);
    }

    private static string Describe(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    private static ZipArchive OpenArchive(string archive)
    {
        try
        {
            return ZipFile.OpenRead(archive);
        }
        catch (InvalidDataException ex)
        {
            throw new BackupException($"'{archive}' is not a Quorum backup (not a zip archive).", ex);
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, string archive, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new BackupException($"'{archive}' is not a Quorum backup (no {ManifestEntry}).");
        await using var stream = await entry.OpenAsync(cancellationToken);
        BackupManifest? manifest;
        try
        {
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new BackupException($"'{archive}' has an unreadable {ManifestEntry}: {ex.Message}", ex);
        }
        if (manifest is null || manifest.Format != Format)
        {
            throw new BackupException($"'{archive}' is not a Quorum backup.");
        }
        if (manifest.Version > Version)
        {
            throw new BackupException($"'{archive}' was written by a newer Quorum (backup format {manifest.Version}); upgrade to restore it.");
        }
        return manifest;
    }

    private static string NewWorkFolder()
    {
        var work = Path.Combine(Path.GetTempPath(), "quorum-backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        return work;
    }

    private static List<string> DocumentFiles(string documents) =>
        [.. Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    /// <summary>SQLite's online backup: a consistent copy page by page, readers and writers carrying on meanwhile.</summary>
    private static async Task<string> CopySqliteAsync(DatabaseSettings settings, string work, CancellationToken cancellationToken)
    {
        var path = settings.SqlitePath!;
        if (!File.Exists(path))
        {
            throw new BackupException($"No database at '{path}'.");
        }
        var copy = Path.Combine(work, "database.sqlite");
        await using (var source = Open(path, SqliteOpenMode.ReadOnly))
        await using (var destination = Open(copy, SqliteOpenMode.ReadWriteCreate))
        {
            await source.OpenAsync(cancellationToken);
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
            // One self-contained file in the archive, with no write-ahead log beside it.
            await using var rollback = destination.CreateCommand();
            rollback.CommandText = "PRAGMA journal_mode=DELETE;";
            await rollback.ExecuteNonQueryAsync(cancellationToken);
        }
        return copy;
    }

    private static async Task<string> DumpPostgresAsync(DatabaseSettings settings, string work, CancellationToken cancellationToken)
    {
        var dump = Path.Combine(work, "database.pgdump");
        var database = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database
            ?? throw new BackupException("The PostgreSQL connection string names no Database.");
        await PostgresTools.RunAsync("pg_dump", settings.ConnectionString, ["--format=custom", $"--file={dump}", $"--dbname={database}"], cancellationToken);
        return dump;
    }

    /// <summary>A SQLite file with any table in it, or a PostgreSQL database with any table outside the system schemas.</summary>
    private static async Task<bool> HoldsDataAsync(DatabaseSettings target, CancellationToken cancellationToken)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var path = target.SqlitePath!;
            if (!File.Exists(path) || new FileInfo(path).Length == 0)
            {
                return false;
            }
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync(cancellationToken);
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
            return (long)(await count.ExecuteScalarAsync(cancellationToken))! > 0;
        }
        try
        {
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')";
            return (long)(await count.ExecuteScalarAsync(cancellationToken))! > 0;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes the database beside the target under a temporary name, checks it, and moves it over the target in
    /// one rename. The target's write-ahead log belongs to the old database and would be replayed into the new
    /// one, so it goes first.
    /// </summary>
    private static async Task RestoreSqliteAsync(ZipArchiveEntry entry, DatabaseSettings target, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(target.SqlitePath!);
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupException($"The folder '{folder}' does not exist.");
        }
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.restore-{Guid.NewGuid():N}");
        try
        {
            await entry.ExtractToFileAsync(temporary, overwrite: false, cancellationToken);
            await using (var connection = Open(temporary, SqliteOpenMode.ReadWrite))
            {
                await connection.OpenAsync(cancellationToken);
                await using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA integrity_check;";
                if (await check.ExecuteScalarAsync(cancellationToken) is not "ok")
                {
                    throw new BackupException("The database in the backup is damaged (SQLite's integrity check failed).");
                }
                // As 'quorum migrate' leaves it: readers carry on while one writer works.
                check.CommandText = "PRAGMA journal_mode=WAL;";
                await check.ExecuteNonQueryAsync(cancellationToken);
            }
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
            {
                File.Delete(path + suffix);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + "-wal");
            File.Delete(temporary + "-shm");
        }
    }

    private static async Task RestorePostgresAsync(ZipArchiveEntry entry, DatabaseSettings target, bool force, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var database = builder.Database ?? throw new BackupException("The PostgreSQL connection string names no Database.");
        await CreateDatabaseIfMissingAsync(builder, cancellationToken);
        var work = NewWorkFolder();
        try
        {
            var dump = Path.Combine(work, "database.pgdump");
            await entry.ExtractToFileAsync(dump, overwrite: false, cancellationToken);
            // One transaction: a failed restore leaves the database as it was.
            List<string> arguments = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--dbname={database}"];
            if (force)
            {
                arguments.InsertRange(0, ["--clean", "--if-exists"]);
            }
            arguments.Add(dump);
            await PostgresTools.RunAsync("pg_restore", target.ConnectionString, arguments, cancellationToken);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task CreateDatabaseIfMissingAsync(NpgsqlConnectionStringBuilder builder, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = @name";
        exists.Parameters.AddWithValue("name", builder.Database!);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{builder.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Extracts the documents into a new folder beside the target; never outside it (a "../" name is refused).</summary>
    private static async Task<string> ExtractDocumentsAsync(List<ZipArchiveEntry> entries, string target, CancellationToken cancellationToken)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new BackupException($"'{target}' cannot be a document store.");
        Directory.CreateDirectory(parent);
        var folder = Path.Combine(parent, $".{Path.GetFileName(target)}.restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var root = folder + Path.DirectorySeparatorChar;
        foreach (var entry in entries)
        {
            var path = Path.GetFullPath(Path.Combine(folder, entry.FullName[DocumentsFolder.Length..]));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new BackupException($"The backup names a document outside the store ({entry.FullName}); it was refused.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await entry.ExtractToFileAsync(path, overwrite: false, cancellationToken);
        }
        return folder;
    }

    /// <summary>Puts the new folder in the target's place with two renames, then removes the old one.</summary>
    private static void SwapInto(string folder, string target)
    {
        string? old = null;
        if (Directory.Exists(target))
        {
            old = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
            Directory.Move(target, old);
        }
        Directory.Move(folder, target);
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
