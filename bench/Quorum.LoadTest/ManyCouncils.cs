using System.Globalization;
using System.Xml.Linq;
using Npgsql;
using Quorum.Data;
using Quorum.Demo;

/// <summary>
/// <c>councils POSTGRES-SERVER WEB-DLL [count=50] [clients=16] [seconds=30]</c>: the demo council alone in one
/// PostgreSQL database, and beside 49 copies of itself under other names, slugs and identifiers in a second; then a
/// site node on each answers the demo council's host with pages nobody has cached and searches nobody has asked,
/// each request sent to one or the other at random, and the two are printed side by side. The databases are kept, so a second run only
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
        var duration = TimeSpan.FromSeconds(seconds);

        var databases = new[] { await FillAsync(server, 1), await FillAsync(server, count) };
        var nodes = new List<BenchProcess>();
        try
        {
            foreach (var (database, connectionString, councils) in databases)
            {
                nodes.Add(await StartAsync(database, connectionString, webDll, councils));
            }
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { Timeout = TimeSpan.FromSeconds(120) };
            http.DefaultRequestHeaders.Host = Host;
            foreach (var node in nodes)
            {
                await IndexedAsync(http, node);
            }
            var sitemap = XDocument.Parse(await http.GetStringAsync(new Uri(nodes[0].Address, "/sitemap.xml")));
            string[] pages = [.. sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => new Uri(l.Value).PathAndQuery)];
            Console.WriteLine($"{pages.Length} pages in the demo council's sitemap; {clients} clients, {seconds} s a phase");

            // Each request goes to one database or the other at random, so both meet the same moment's load on a
            // shared machine. A query string the pages ignore makes every page a new cache entry, rendered from the
            // database; every search likewise carries a counter, so none comes from the search-answer cache.
            var unique = 0L;
            string Fresh() => Interlocked.Increment(ref unique).ToString(CultureInfo.InvariantCulture);
            (string, string) On(Random random, string path)
            {
                var i = random.Next(nodes.Count);
                return (databases[i].Database, new Uri(nodes[i].Address, path).ToString());
            }
            (string, string) Page(Random random) => On(random, pages[random.Next(pages.Length)] + "?bench=" + Fresh());
            (string, string) Search(Random random) => On(random, SearchMix.Mixed(random) + "&n=" + Fresh());

            // Unmeasured: JIT and the first queries.
            await Workload.RunAsync(http, clients, TimeSpan.FromSeconds(10), random => random.Next(2) == 0 ? Page(random) : Search(random));
            var before = await Task.WhenAll(databases.Select(d => SequentialReadsAsync(d.ConnectionString)));
            var load = ProcessCpu.LoadAverage();
            var outcomes = new[] { ("pages nobody has cached", await Workload.RunAsync(http, clients, duration, Page)), ("searches nobody has asked", await Workload.RunAsync(http, clients, duration, Search, seed: 1)) };
            await Task.Delay(TimeSpan.FromSeconds(2)); // the statistics reach pg_stat_user_tables a moment after each transaction
            var after = await Task.WhenAll(databases.Select(d => SequentialReadsAsync(d.ConnectionString)));

            Console.WriteLine();
            Console.WriteLine($"{clients} clients, {seconds} s a phase, host {Host} (the demo council), load average {load} before, {ProcessCpu.LoadAverage()} after. Milliseconds: p50 / p95 / p99.");
            Console.WriteLine("| phase | database | requests | errors | server p50 / p95 / p99 | client p50 / p95 / p99 |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (phase, outcome) in outcomes)
            {
                foreach (var (database, _, _) in databases)
                {
                    var kind = outcome.Kinds[database];
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {phase} | {database} | {kind.Client.Count:N0} | {kind.Errors.Count} | {Workload.Percentiles(kind.Server)} | {Workload.Percentiles(kind.Client)} |"));
                }
                double P95(string database) => Workload.Percentile([.. outcome.Kinds[database].Server.Order()], 0.95);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase}: server p95 with {count} councils {P95(databases[1].Database) / P95(databases[0].Database):0.00}× the council alone"));
                foreach (var error in outcome.Kinds.Values.SelectMany(k => k.Errors).Take(3))
                {
                    Console.WriteLine($"  error: {error}");
                }
            }
            var requests = outcomes.Sum(o => o.Item2.Requests);
            for (var i = 0; i < databases.Length; i++)
            {
                var scanned = after[i].Select(a => (Table: a.Key, Rows: a.Value - before[i].GetValueOrDefault(a.Key))).Where(t => t.Rows > 100L * requests).OrderByDescending(t => t.Rows).ToList();
                Console.WriteLine($"{databases[i].Database}: tables read by sequential scan, over 100 rows a request: " + (scanned.Count == 0 ? "none" : string.Join(", ", scanned.Select(t => $"{t.Table} {t.Rows / requests}"))));
            }
            return outcomes.Sum(o => o.Item2.Errors) == 0 ? 0 : 1;
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
        }
    }

    /// <summary>A database holding <paramref name="councils"/> demo-size councils, created or topped up; the first is the demo council.</summary>
    private static async Task<(string Database, string ConnectionString, int Councils)> FillAsync(string server, int councils)
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
        return (database, settings.ConnectionString, councils);
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

    private static Task<BenchProcess> StartAsync(string database, string connectionString, string webDll, int councils)
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
        return BenchProcess.StartNodeAsync(webDll, environment);
    }

    /// <summary>Waits until the node's search index answers for the council (it is built at the first start).</summary>
    private static async Task IndexedAsync(HttpClient http, BenchProcess node)
    {
        while (true)
        {
            var answer = await http.GetStringAsync(new Uri(node.Address, "/api/search?q=budget"));
            if (!answer.Contains("\"total\":0,", StringComparison.Ordinal))
            {
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
