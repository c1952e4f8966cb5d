using System.CommandLine;
using NodaTime;
using Quorum.Application.OpenData;
using Quorum.Data;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary><c>quorum export --out DIR [--database DB]</c>: every public table as CSV and JSON Lines, for a nightly open-data drop.</summary>
    public static Command Export()
    {
        var output = new Option<string>("--out") { Description = "Folder to write <table>.csv and <table>.jsonl into (created if missing).", Required = true };
        var database = new Option<string>("--database") { Description = "SQLite file or PostgreSQL connection string (Host=...).", DefaultValueFactory = _ => DatabaseSettings.DefaultSqliteFile };
        var command = new Command("export", "Export every public record as CSV and JSON Lines (exempt and unpublished material is left out).") { output, database };
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = DatabaseSettings.FromConfiguration(null, parseResult.GetValue(database), Directory.GetCurrentDirectory());
            if (settings.SqlitePath is { } path && !File.Exists(path))
            {
                throw new CliException($"No database at '{path}': give --database a SQLite file or a PostgreSQL connection string.");
            }
            var folder = Path.GetFullPath(parseResult.GetValue(output)!);
            await using var db = QuorumDatabase.CreateContext(settings, SystemClock.Instance);
            var counts = await PublicExport.WriteAllAsync(new PublicRecords(db), folder, cancellationToken);
            foreach (var (table, rows) in counts)
            {
                Console.Out.WriteLine($"{table,-16} {rows,7} rows");
            }
            Console.Out.WriteLine($"Wrote {counts.Count} tables as CSV and JSON Lines to {folder}");
            return 0;
        });
        return command;
    }
}
