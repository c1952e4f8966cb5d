using Npgsql;
using Quorum.Bench.Search;
using Quorum.Search.Postgres;
using Quorum.Search.Sqlite;

// Usage:
//   dotnet run -c Release --project bench/Quorum.Bench -- search-sqlite <pages> <db path> [--seed 42] [--no-build]
//   dotnet run -c Release --project bench/Quorum.Bench -- generate <pages> -   (times the corpus generator alone)
//   dotnet run -c Release --project bench/Quorum.Bench -- search-postgres <pages> <connection string> [--seed 42] [--no-build] [--bucket-shift 14]
//   dotnet run -c Release --project bench/Quorum.Bench -- search-both <pages> <db path> <connection string> [--seed 42] [--no-build] [--no-build-sqlite]
//       (the same workload on both engines in one run, query by query in turn, with a side-by-side table)
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
    Console.Error.WriteLine("usage: search-sqlite|search-postgres|search-both <pages> <db path | connection string> [--seed N] [--no-build] | import [BenchmarkDotNet options] | import-throughput [rounds] | import-memory <pages>");
    return 2;
}
var pages = int.Parse(args[1].Replace("_", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
var seedAt = Array.IndexOf(args, "--seed");
var seed = seedAt > 0 ? ulong.Parse(args[seedAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 42UL;
var build = !args.Contains("--no-build");
// PostgreSQL age buckets of 2^N documents: 12 gives 200,000 pages as many buckets as a million have at the default 14.
var bucketShiftAt = Array.IndexOf(args, "--bucket-shift");
var bucketShift = bucketShiftAt > 0 ? int.Parse(args[bucketShiftAt + 1], System.Globalization.CultureInfo.InvariantCulture) : PostgresSchema.BucketShift;

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
        await SearchBenchmark.CompareAsync([SqliteEngine(args[2], build)], pages, seed);
        return 0;
    case "search-postgres":
        await SearchBenchmark.CompareAsync([await PostgresEngineAsync(args[2], build, bucketShift)], pages, seed);
        return 0;
    case "search-both" when args.Length >= 4:
        // The SQLite build does not change with the PostgreSQL engine, so an existing file can be reused.
        await SearchBenchmark.CompareAsync([SqliteEngine(args[2], build && !args.Contains("--no-build-sqlite")), await PostgresEngineAsync(args[3], build, bucketShift)], pages, seed);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args[0]}'.");
        return 2;
}

static BenchEngine SqliteEngine(string file, bool build)
{
    var path = Path.GetFullPath(file);
    return new BenchEngine("SQLite FTS5", new SqliteSearchIndex(path), build, () =>
    {
        WarmPageCache(path);
        return Task.FromResult($"{new FileInfo(path).Length / 1e6:N0} MB database file ({path})");
    });
}

static async Task<BenchEngine> PostgresEngineAsync(string connectionString, bool build, int bucketShift)
{
    var index = new PostgresSearchIndex(connectionString, bucketShift);
    var server = await PostgresServerCpu.OpenAsync(connectionString);
    return new BenchEngine("PostgreSQL", index, build, async () =>
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Warm the operating system's cache the way the SQLite run reads its file: the table, its TOAST and indexes.
        await using (var warm = new NpgsqlCommand("""
            CREATE EXTENSION IF NOT EXISTS pg_prewarm;
            SELECT sum(pg_prewarm(c.oid, 'read')) FROM pg_class c
            WHERE c.oid = 'search_documents'::regclass OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = 'search_documents'::regclass)
               OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'search_documents'::regclass)
            """, connection) { CommandTimeout = 0 })
        {
            await warm.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand("""
            SELECT pg_size_pretty(pg_database_size(current_database())) || ' database; table + TOAST '
                || pg_size_pretty(pg_table_size('search_documents')) || ', indexes '
                || pg_size_pretty(pg_indexes_size('search_documents'))
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    })
    {
        ServerCpu = server is null ? () => double.NaN : server.Milliseconds,
    };
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
