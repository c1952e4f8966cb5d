using System.CommandLine;
using System.Diagnostics;
using NodaTime;
using Quorum.Application.Agendas;
using Quorum.Application.Publication;
using Quorum.Data;
using Quorum.Search;
using Quorum.Search.Indexing;
using Quorum.Search.Postgres;
using Quorum.Search.Sqlite;
using Spectre.Console;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary>
    /// <c>quorum reindex [--db PATH | --postgres CONNSTRING] [--index PATH] [--packs DIR]</c>: rebuilds the public
    /// search index from the database. The site keeps answering from the old index until the new one is complete.
    /// </summary>
    public static Command Reindex()
    {
        var database = new CliDatabase();
        var indexPath = new Option<string?>("--index") { Description = "SQLite search index file (default: beside the database, quorum.search.db for quorum.db)." };
        var packs = new Option<string?>("--packs") { Description = "Folder of published agenda pack PDFs; report hits then open the pack at their page." };
        var command = new Command("reindex", "Rebuild the public search index from the database (exempt, draft and unpublished material is withheld).") { indexPath, packs };
        database.AddTo(command);
        command.SetGuardedAction(async (parseResult, cancellationToken) =>
        {
            var settings = database.Settings(parseResult);
            if (settings.SqlitePath is { } storePath && !File.Exists(storePath))
            {
                throw new CliException($"No database at '{storePath}': create one with 'quorum demo' or 'quorum migrate', or give --db.");
            }
            var status = await QuorumDatabase.CheckAsync(settings, SystemClock.Instance, cancellationToken);
            if (!status.Reachable)
            {
                throw new CliException($"Cannot open the {settings.Describe()}.");
            }
            if (!status.SchemaCurrent)
            {
                throw new CliException($"The {settings.Describe()} is not up to date: run 'quorum migrate' first.");
            }
            var index = OpenIndex(settings, parseResult.GetValue(indexPath));
            var indexer = new PublicIndexer(index, settings, SystemClock.Instance, PackLookup(parseResult.GetValue(packs)));
            // The store's own index is rebuilt through its outbox, holding the index lease: an update published
            // meanwhile waits and is applied after the build instead of being lost with the old index. An index
            // elsewhere (--index) is a copy nobody else writes to.
            using var outbox = IsStoreIndex(settings, index) ? new SearchOutbox(indexer, settings, SystemClock.Instance) : null;

            var clock = Stopwatch.StartNew();
            var update = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var reading = context.AddTask("Reading meetings, people and committees");
                    var building = context.AddTask("Building the index", autoStart: false).IsIndeterminate();
                    var progress = new SynchronousProgress<IndexingProgress>(p =>
                    {
                        reading.MaxValue = Math.Max(1, p.Total);
                        reading.Value = p.Done;
                        if (p.Done == p.Total)
                        {
                            reading.StopTask();
                            building.StartTask();
                        }
                    });
                    var result = outbox is not null
                        ? await outbox.RebuildAsync(progress, cancellationToken)
                        : await indexer.RebuildAsync(progress, cancellationToken);
                    reading.Value = reading.MaxValue;
                    building.IsIndeterminate(false).Value(building.MaxValue).StopTask();
                    return result;
                });

            if (outbox is not null)
            {
                // Running sites answer searches from this index: their cached answers are now stale.
                await PublicSearch.AnnounceIndexChangedAsync(outbox, settings, cancellationToken);
            }

            var table = new Table().AddColumn("Search index").AddColumn(new TableColumn("").RightAligned());
            table.AddRow("Public documents indexed", update.Indexed.ToString("N0", null));
            table.AddRow("Withheld (exempt, draft or unpublished)", update.Withheld.ToString("N0", null));
            table.AddRow("Time", $"{clock.Elapsed.TotalSeconds:0.0} s");
            AnsiConsole.Write(table);
            // Plain output: a path must not be wrapped at the console width.
            Console.Out.WriteLine(index is SqliteSearchIndex sqlite
                ? $"Search index written to '{sqlite.DatabasePath}'."
                : $"Search index written to the {settings.Describe()}.");
            return 0;
        });
        return command;
    }

    private static ISearchIndex OpenIndex(DatabaseSettings settings, string? indexPath)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            return indexPath is null
                ? new PostgresSearchIndex(settings.ConnectionString)
                : throw new CliException("--index is for a SQLite database; with --postgres the index is kept in the same database.");
        }
        var path = indexPath is null ? PublicSearch.DefaultIndexPath(settings) : Path.GetFullPath(indexPath);
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            throw new CliException($"--index: the folder '{folder}' does not exist.");
        }
        if (Directory.Exists(path))
        {
            throw new CliException($"--index: '{path}' is a folder; give a file name such as quorum.search.db.");
        }
        return new SqliteSearchIndex(path);
    }

    private static bool IsStoreIndex(DatabaseSettings settings, ISearchIndex index) =>
        index is not SqliteSearchIndex sqlite || sqlite.DatabasePath == PublicSearch.DefaultIndexPath(settings);

    private static PackIsPublished? PackLookup(string? packs)
    {
        if (packs is null)
        {
            return null;
        }
        var folder = Path.GetFullPath(packs);
        if (!Directory.Exists(folder))
        {
            throw new CliException($"--packs: no folder at '{folder}'.");
        }
        return new PackFolder(folder).HasPublicPack;
    }
}
