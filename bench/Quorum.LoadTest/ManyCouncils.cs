using System.Globalization;
using System.Xml.Linq;
using Npgsql;
using Quorum.Data;
using Quorum.Demo;
using Quorum.Domain;

/// <summary>
/// <c>councils POSTGRES-SERVER WEB-DLL [count=50] [clients=16] [seconds=30]</c>: the demo council alone in one
/// PostgreSQL database, and beside 49 other demo-size councils (each seed its own people, meetings and words) in a
/// second; then one site node on each in turn answers the demo council's host with pages nobody has cached and
/// searches nobody has asked, and the two are printed side by side. The databases are kept, so a second run only
/// measures. Afterwards, the tables read by sequential scan during the run: a query not keyed by council shows there.
/// </summary>
internal static class ManyCouncils
{
    private const string Host = "brentmoor.example";

    public static async Task<int> RunAsync(string[] args)
    {
        var server = args[0];
        var webDll = args[1];
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
        var seconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30;

        var results = new List<(string Database, Workload.Outcome Pages, Workload.Outcome Searches)>();
        foreach (var councils in new[] { 1, count })
        {
            var (database, connectionString) = await FillAsync(server, councils);
            var (pages, searches) = await MeasureAsync(database, connectionString, webDll, councils, clients, TimeSpan.FromSeconds(seconds));
            results.Add((database, pages, searches));
        }

        Console.WriteLine();
        Console.WriteLine($"{clients} clients, {seconds} s a phase, host {Host} (the demo council, seed 1). Milliseconds: p50 / p95 / p99.");
        Console.WriteLine("| phase | database | requests | req/s | errors | server p50 / p95 / p99 | client p50 / p95 / p99 |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var phase in new[] { "pages nobody has cached", "searches nobody has asked" })
        {
            foreach (var (database, pages, searches) in results)
            {
                var outcome = phase.StartsWith("pages", StringComparison.Ordinal) ? pages : searches;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {phase} | {database} | {outcome.Requests:N0} | {outcome.PerSecond:0} | {outcome.Errors} | {Workload.Percentiles(outcome.Kinds.Values.SelectMany(k => k.Server))} | {Workload.Percentiles(outcome.Kinds.Values.SelectMany(k => k.Client))} |"));
            }
        }
        static double P95(Workload.Outcome o) => Workload.Percentile([.. o.Kinds.Values.SelectMany(k => k.Server).Order()], 0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server p95, {count} councils against one: pages {P95(results[1].Pages) / P95(results[0].Pages):0.00}×, searches {P95(results[1].Searches) / P95(results[0].Searches):0.00}×"));
        return results.Sum(r => r.Pages.Errors + r.Searches.Errors) == 0 ? 0 : 1;
    }

    /// <summary>A database holding <paramref name="councils"/> demo-size councils, created or topped up; the first is the demo council.</summary>
    private static async Task<(string Database, string ConnectionString)> FillAsync(string server, int councils)
    {
        var database = $"quorum_councils_{councils}";
        await using (var postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString()))
        {
            await postgres.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", postgres) { Parameters = { new("name", database) } };
            if (await exists.ExecuteScalarAsync() is null)
            {
                await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", postgres).ExecuteNonQueryAsync();
            }
        }
        var settings = DatabaseSettings.ForPostgres(new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString());
        var held = await CountAsync(settings);
        if (held == 0)
        {
            var started = DateTime.UtcNow;
            await DemoSeeder.SeedAsync(settings, seed: 1);
            Console.WriteLine($"{database}: the demo council in {(DateTime.UtcNow - started).TotalSeconds:0} s");
            held = 1;
        }
        for (var seed = held + 1; seed <= councils; seed++)
        {
            var started = DateTime.UtcNow;
            await DemoSeeder.SeedAnotherCouncilAsync(settings, seed, $"Demo Borough {seed}", new Slug($"demo-borough-{seed}"));
            Console.WriteLine($"{database}: council {seed} of {councils} in {(DateTime.UtcNow - started).TotalSeconds:0} s");
        }
        await using (var connection = new NpgsqlConnection(settings.ConnectionString))
        {
            await connection.OpenAsync();
            // Fresh statistics for both databases alike, so neither is measured on the planner's guesses.
            await new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 600 }.ExecuteNonQueryAsync();
        }
        return (database, settings.ConnectionString);
    }

    private static async Task<int> CountAsync(DatabaseSettings settings)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT CASE WHEN to_regclass('\"Councils\"') IS NULL THEN 0 ELSE (SELECT count(*) FROM \"Councils\") END", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<(Workload.Outcome Pages, Workload.Outcome Searches)> MeasureAsync(string database, string connectionString, string webDll, int councils, int clients, TimeSpan duration)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Quorum"] = connectionString,
            ["Data__Folder"] = Path.Combine(Path.GetTempPath(), "quorum-" + database),
            ["Documents__BuildMissingPacks"] = "false",
            [$"Site__Hosts__{Host}"] = "brentmoor",
        };
        for (var seed = 2; seed <= councils; seed++)
        {
            environment[$"Site__Hosts__council{seed}.example"] = $"demo-borough-{seed}";
        }
        using var node = await BenchProcess.StartNodeAsync(webDll, environment);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Host = Host;
        await IndexedAsync(http, database);

        var sitemap = XDocument.Parse(await http.GetStringAsync("/sitemap.xml"));
        string[] pages = [.. sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => new Uri(l.Value).PathAndQuery)];
        Console.WriteLine($"{database}: {pages.Length} pages in the demo council's sitemap; {clients} clients");
        // A query string the pages ignore makes every request a new cache entry, so each one renders from the
        // database; every search likewise carries a counter, so none comes from the search-answer cache.
        var unique = 0L;
        string Fresh() => Interlocked.Increment(ref unique).ToString(CultureInfo.InvariantCulture);
        (string, string) Page(Random random) => ("page", pages[random.Next(pages.Length)] + "?bench=" + Fresh());
        (string, string) Search(Random random) => ("search", SearchMix.Mixed(random) + "&n=" + Fresh());

        // Unmeasured: JIT and the first queries.
        await Workload.RunAsync(http, clients, TimeSpan.FromSeconds(10), random => random.Next(2) == 0 ? Page(random) : Search(random));
        var before = await SequentialReadsAsync(connectionString);
        var pageOutcome = await Workload.RunAsync(http, clients, duration, Page);
        var searchOutcome = await Workload.RunAsync(http, clients, duration, Search, seed: 1);
        await Task.Delay(TimeSpan.FromSeconds(2)); // the statistics reach pg_stat_user_tables a moment after each transaction
        var after = await SequentialReadsAsync(connectionString);
        var requests = pageOutcome.Requests + searchOutcome.Requests;
        Console.WriteLine($"{database}: rows read by sequential scan per request, by table (over 100 only):");
        foreach (var (table, rows) in after.Select(a => (a.Key, Rows: a.Value - before.GetValueOrDefault(a.Key))).Where(t => t.Rows > 100L * requests).OrderByDescending(t => t.Rows))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table}: {rows / (double)requests:0}"));
        }
        foreach (var (name, outcome) in new[] { ("pages", pageOutcome), ("search", searchOutcome) })
        {
            foreach (var error in outcome.Kinds.Values.SelectMany(k => k.Errors).Take(3))
            {
                Console.WriteLine($"  {name} error: {error}");
            }
        }
        return (pageOutcome, searchOutcome);
    }

    /// <summary>Waits until the node's search index answers for the council (it is built at the first start).</summary>
    private static async Task IndexedAsync(HttpClient http, string database)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var answer = await http.GetStringAsync("/api/search?q=budget");
            if (!answer.Contains("\"total\":0,", StringComparison.Ordinal))
            {
                Console.WriteLine($"{database}: search index ready after {(DateTime.UtcNow - started).TotalSeconds:0} s");
                return;
            }
            await Task.Delay(2000);
        }
    }

    private static async Task<Dictionary<string, long>> SequentialReadsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT relname, seq_tup_read FROM pg_stat_user_tables", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var reads = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            reads[reader.GetString(0)] = reader.GetInt64(1);
        }
        return reads;
    }
}
