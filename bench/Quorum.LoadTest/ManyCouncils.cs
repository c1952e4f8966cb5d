using System.Globalization;
using System.Xml.Linq;
using Npgsql;
using Quorum.Data;
using Quorum.Demo;

/// <summary>
/// <c>councils POSTGRES-SERVER WEB-DLL [count=50] [clients=16] [seconds=30]</c>: the demo council alone in one
/// PostgreSQL database, and beside 49 copies of itself under other names, slugs and identifiers in a second; then one site node on each in turn answers the demo council's host with pages nobody has cached and
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
        if (held < councils)
        {
            var started = DateTime.UtcNow;
            await CloneAsync(settings.ConnectionString, held, councils);
            Console.WriteLine($"{database}: councils {held + 1} to {councils} cloned from the demo council in {(DateTime.UtcNow - started).TotalSeconds:0} s");
        }
        await using (var connection = new NpgsqlConnection(settings.ConnectionString))
        {
            await connection.OpenAsync();
            // Fresh statistics for both databases alike, so neither is measured on the planner's guesses.
            await new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 600 }.ExecuteNonQueryAsync();
        }
        return (database, settings.ConnectionString);
    }

    /// <summary>
    /// Copies the demo council's rows (the first council's, kept aside in a schema of their own) under new
    /// identifiers, once per further council: every uuid column, keys and references alike, goes through the same
    /// mapping, so each copy is a whole council of its own, with the demo's words under another name and slug.
    /// </summary>
    private static async Task CloneAsync(string connectionString, int held, int councils)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<List<string>> ListAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var list = new List<string>();
            while (await reader.ReadAsync())
            {
                list.Add(reader.GetString(0));
            }
            return list;
        }
        async Task ExecuteAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
        // The records only: not the search index (each node builds it), staff accounts, keys or the migration history.
        var tables = await ListAsync("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'search%' AND table_name NOT LIKE 'AspNet%'
              AND table_name NOT IN ('__EFMigrationsHistory', 'DataProtectionKeys', 'SearchIndexLeases', 'PendingSearchUpdates', 'AuditEntries', 'OutgoingMail')
            ORDER BY table_name
            """);
        if (held == 1)
        {
            await ExecuteAsync("DROP SCHEMA IF EXISTS demo_source CASCADE; CREATE SCHEMA demo_source");
            foreach (var table in tables)
            {
                await ExecuteAsync($"CREATE TABLE demo_source.\"{table}\" AS SELECT * FROM public.\"{table}\"");
            }
        }
        var columns = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            columns[table] = await ListAsync($"""
                SELECT column_name || ':' || data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = '{table}' AND is_generated = 'NEVER' AND is_identity = 'NO'
                ORDER BY ordinal_position
                """);
        }
        for (var seed = held + 1; seed <= councils; seed++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            // Copies reference each other in any order within the transaction; the mapping keeps them consistent.
            await ExecuteAsync("SET LOCAL session_replication_role = replica");
            foreach (var table in tables)
            {
                var names = columns[table].Select(c => c.Split(':')[0]).ToList();
                var values = columns[table].Select(c => c.Split(':') switch
                {
                    [var name, "uuid"] => $"md5(\"{name}\"::text || ':{seed}')::uuid",
                    ["Name", _] when table == "Councils" => $"'Demo Borough {seed}'",
                    ["Slug", _] when table == "Councils" => $"'demo-borough-{seed}'",
                    ["Token", _] when table == "PetitionSignatures" => $"\"Token\" || '-{seed}'",
                    var other => $"\"{other[0]}\"",
                });
                await ExecuteAsync($"INSERT INTO public.\"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) SELECT {string.Join(", ", values)} FROM demo_source.\"{table}\"");
            }
            await transaction.CommitAsync();
        }
    }

    internal static async Task<int> CountAsync(DatabaseSettings settings)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        // Checked first: PostgreSQL refuses a query that names a table it does not have, even in a branch not taken.
        await using var migrated = new NpgsqlCommand("SELECT to_regclass('\"Councils\"') IS NOT NULL", connection);
        if (await migrated.ExecuteScalarAsync() is not true)
        {
            return 0;
        }
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"Councils\"", connection);
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
