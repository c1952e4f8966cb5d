using System.CommandLine;
using NodaTime;
using Quorum.Application.Backups;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary>
    /// <c>quorum backup FILE [--db PATH | --postgres CONNSTRING] [--documents DIR]</c>: one archive of the database
    /// (a consistent copy while the site runs) and the document store.
    /// </summary>
    public static Command Backup()
    {
        var database = new CliDatabase();
        var file = new Argument<string>("FILE") { Description = "The backup archive to write (a zip; replaced if it exists)." };
        var documents = new Option<string?>("--documents") { Description = "The document store folder (Documents:Store) to include." };
        var command = new Command("backup", "Back up the database and the document store into one archive.") { file, documents };
        database.AddTo(command);
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            var summary = await GuardBackup(() => QuorumBackup.CreateAsync(settings, parseResult.GetValue(documents), parseResult.GetValue(file)!, SystemClock.Instance, cancellationToken));
            Console.Out.WriteLine($"Backed up the {settings.Describe()} and {summary.Documents} document(s) to '{summary.Archive}' ({summary.Bytes:N0} bytes).");
            if (parseResult.GetValue(documents) is null)
            {
                Console.Out.WriteLine("No --documents folder given: the archive holds the database only.");
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>quorum restore FILE [--db PATH | --postgres CONNSTRING] [--documents DIR] [--force]</c>: puts a backup back,
    /// refusing a target that already holds data unless forced.
    /// </summary>
    public static Command Restore()
    {
        var database = new CliDatabase();
        var file = new Argument<string>("FILE") { Description = "The backup archive written by 'quorum backup'." };
        var documents = new Option<string?>("--documents") { Description = "The document store folder to restore the archive's documents into." };
        var force = new Option<bool>("--force") { Description = "Replace a database or document store that already holds data." };
        var command = new Command("restore", "Restore the database and the document store from a backup (stop the site first).") { file, documents, force };
        database.AddTo(command);
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            var summary = await GuardBackup(() => QuorumBackup.RestoreAsync(parseResult.GetValue(file)!, settings, parseResult.GetValue(documents), parseResult.GetValue(force), cancellationToken));
            Console.Out.WriteLine($"Restored the backup of {summary.Manifest.Created} into the {settings.Describe()}, with {summary.Documents} document(s).");
            if (summary.DocumentsSkipped)
            {
                Console.Out.WriteLine($"The archive holds {summary.Manifest.Documents} document(s), not restored: give --documents DIR to restore them.");
            }
            return 0;
        });
        return command;
    }

    private static async Task<T> GuardBackup<T>(Func<Task<T>> work)
    {
        try
        {
            return await CliDatabase.Guard(work);
        }
        catch (BackupException ex)
        {
            throw new CliException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
