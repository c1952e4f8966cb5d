using Npgsql;
using Quorum.Bench.Search;
using Quorum.Search.Postgres;
using Quorum.Search.Sqlite;

// Usage:
//   dotnet run -c Release --project bench/Quorum.Bench -- search-sqlite <pages> <db path> [--seed 42] [--no-build]
//   dotnet run -c Release --project bench/Quorum.Bench -- generate <pages> -   (times the corpus generator alone)
//   dotnet run -c Release --project bench/Quorum.Bench -- search-postgres <pages> <connection string> [--seed 42] [--no-build]
//   dotnet run -c Release --project bench/Quorum.Bench -- pack [runs]   (agenda pack compiler, warm browser)
//   dotnet run -c Release --project bench/Quorum.Bench -- import [BenchmarkDotNet options, e.g. --job short]
//   dotnet run -c Release --project bench/Quorum.Bench -- import-throughput [rounds]   (wall and CPU pages/s)
//   dotnet run -c Release --project bench/Quorum.Bench -- import-memory <pages>
//   dotnet run -c Release --project bench/Quorum.Bench -- import-pdf [pdf|-] [rounds] [quorum executable]   (ours beside pdftotext)
//   dotnet run -c Release --project bench/Quorum.Bench -- import-sqlite <packs> [db path]   (quorum import of distinct packs into SQLite)
//   dotnet run -c Release --project bench/Quorum.Bench -- oparl <base url> [clients=50] [requests=5000]   (crawl + list-page load)
// Results print as Markdown, ready for docs/benchmarks.md.
if (args.Length > 0 && args[0].StartsWith("import", StringComparison.Ordinal))
{
    return Quorum.Bench.Import.ImportBench.Run(args);
}
if (args.Length >= 2 && args[0] == "oparl")
{
    return await Quorum.Bench.OpenData.OParlBench.RunAsync(
        args[1],
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5000);
}
if (args.Length >= 1 && args[0] == "pack")
{
    return await Quorum.Bench.Packs.PackBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
}
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: search-sqlite|search-postgres <pages> <db path | connection string> [--seed N] [--no-build] | import [BenchmarkDotNet options] | import-throughput [rounds] | import-memory <pages>");
    return 2;
}
var pages = int.Parse(args[1].Replace("_", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
var seedAt = Array.IndexOf(args, "--seed");
var seed = seedAt > 0 ? ulong.Parse(args[seedAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 42UL;
var build = !args.Contains("--no-build");

switch (args[0])
{
    case "generate":
        // Times the corpus generator alone, to separate generation from indexing in build times.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long documents = 0, bytes = 0;
        await foreach (var source in new Quorum.Bench.Corpus.SyntheticCouncil(seed, pages).PacksAsync(pages))
        {
            documents += source.Documents.Count;
            bytes += source.Documents.Sum(d => (long)d.Body.Length + d.Title.Length);
        }
        Console.WriteLine($"generated {documents:N0} documents, {bytes / 1e6:N0} MB of text, in {clock.Elapsed.TotalSeconds:N1} s");
        return 0;
    case "search-sqlite":
        var path = Path.GetFullPath(args[2]);
        await SearchBenchmark.RunAsync(new SqliteSearchIndex(path), "SQLite FTS5", pages, seed, build, () =>
        {
            WarmPageCache(path);
            return Task.FromResult($"{new FileInfo(path).Length / 1e6:N0} MB database file ({path})");
        });
        return 0;
    case "search-postgres":
        var connectionString = args[2];
        await SearchBenchmark.RunAsync(new PostgresSearchIndex(connectionString), "PostgreSQL", pages, seed, build, async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT pg_size_pretty(pg_database_size(current_database())) || ' database; table + TOAST '
                    || pg_size_pretty(pg_table_size('search_documents')) || ', indexes '
                    || pg_size_pretty(pg_indexes_size('search_documents'))
                """, connection);
            return (string)(await command.ExecuteScalarAsync())!;
        });
        return 0;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args[0]}'.");
        return 2;
}

// The measurements are for a warm page cache, as a long-running server has: read the file once first.
static void WarmPageCache(string path)
{
    var buffer = new byte[1 << 20];
    using var file = File.OpenRead(path);
    while (file.Read(buffer, 0, buffer.Length) > 0)
    {
    }
}
