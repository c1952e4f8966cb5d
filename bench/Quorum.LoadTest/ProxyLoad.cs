using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using Quorum.Data;
using Quorum.Demo;

/// <summary>
/// <c>proxy POSTGRES WEB-DLL [clients=200] [minutes=10]</c>: nginx in front of one site node, then in front of two,
/// on one PostgreSQL database (the demo council is loaded into it if it is empty); each time the clients run the
/// residents' mix through the proxy (public pages 50%, searches by popularity 15%, OParl and CSV 15%, feeds 10%,
/// agenda packs 5%, stylesheets and scripts 5%) and the run prints requests per second, errors, p50/p95/p99 per kind,
/// and the CPU each process used (nodes, nginx, PostgreSQL, this load generator) against the machine's, so a ratio
/// short of two nodes' worth can be told apart from a machine with no cores to spare.
/// </summary>
internal static partial class ProxyLoad
{
    private static readonly (string Kind, int Weight)[] Mix = [("page", 50), ("search", 15), ("api", 15), ("feed", 10), ("pdf", 5), ("static", 5)];

    public static async Task<int> RunAsync(string[] args)
    {
        var connectionString = args[0];
        var webDll = args[1];
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        var minutes = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 10;
        var settings = DatabaseSettings.ForPostgres(connectionString);
        await EnsureDemoAsync(settings);
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Quorum"] = connectionString,
            // The document store and packs on a path every node shares.
            ["Data__Folder"] = Path.Combine(Path.GetTempPath(), "quorum-proxy-load"),
            ["ForwardedHeaders__Enabled"] = "true",
            // Printing the demo's packs at first start would take the cores from the first configuration alone.
            ["Documents__BuildMissingPacks"] = "false",
        };

        var runs = new List<(int Nodes, Workload.Outcome Outcome, string Cpu)>();
        foreach (var count in new[] { 1, 2 })
        {
            var nodes = new List<BenchProcess>();
            try
            {
                // One after another: the first start on a database builds its search index and packs.
                for (var i = 0; i < count; i++)
                {
                    nodes.Add(await BenchProcess.StartNodeAsync(webDll, environment));
                }
                using var nginx = await BenchProcess.StartNginxAsync(nodes);
                var (outcome, cpu) = await LoadAsync(connectionString, nginx, nodes, clients, TimeSpan.FromMinutes(minutes));
                runs.Add((count, outcome, cpu));
            }
            finally
            {
                nodes.ForEach(n => n.Dispose());
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{clients} clients for {minutes} min through nginx. Milliseconds: p50 / p95 / p99 (client side).");
        Console.WriteLine("| nodes | requests | req/s | errors | all | page | search | api | feed | pdf | static |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (count, outcome, _) in runs)
        {
            var kinds = string.Join(" | ", Mix.Select(m => outcome.Kinds.TryGetValue(m.Kind, out var k) ? Workload.Percentiles(k.Client) : "–"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count} | {outcome.Requests:N0} | {outcome.PerSecond:0} | {outcome.Errors} | {Workload.Percentiles(outcome.AllClient())} | {kinds} |"));
        }
        foreach (var (count, _, cpu) in runs)
        {
            Console.WriteLine($"CPU, {count} node(s): {cpu}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput, two nodes against one: {runs[1].Outcome.PerSecond / runs[0].Outcome.PerSecond:0.00}×"));
        return runs.Sum(r => r.Outcome.Errors) == 0 ? 0 : 1;
    }

    private static async Task EnsureDemoAsync(DatabaseSettings settings)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        await using (var postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres" }.ToString()))
        {
            await postgres.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", postgres) { Parameters = { new("name", builder.Database!) } };
            if (await exists.ExecuteScalarAsync() is null)
            {
                await new NpgsqlCommand($"CREATE DATABASE \"{builder.Database}\"", postgres).ExecuteNonQueryAsync();
            }
        }
        if (await ManyCouncils.CountAsync(settings) == 0)
        {
            var demo = await DemoSeeder.SeedAsync(settings, seed: 1);
            Console.WriteLine($"Loaded the demo council ({demo.Meetings.Count} meetings)");
        }
    }

    /// <summary>This cluster's postmaster (other clusters on the machine are other people's), from its data folder.</summary>
    private static async Task<int> PostmasterAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        var folder = (string)(await command.ExecuteScalarAsync())!;
        return int.Parse(File.ReadLines(Path.Combine(folder, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
    }

    private static async Task<(Workload.Outcome Outcome, string Cpu)> LoadAsync(string connectionString, BenchProcess nginx, List<BenchProcess> nodes, int clients, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(30) }) { BaseAddress = nginx.Address, Timeout = TimeSpan.FromSeconds(60) };
        var targets = await Soak.TargetsAsync(http);
        targets["static"] = [.. Asset().Matches(await http.GetStringAsync("/")).Select(m => m.Groups[1].Value).Distinct()];
        Console.WriteLine($"{nodes.Count} node(s) behind {nginx.Address}: " + string.Join(", ", targets.Select(t => $"{t.Key} {t.Value.Length}")) + $"; {clients} clients for {duration.TotalMinutes} min");
        // Without printed packs (a database whose packs were never built) their share goes to the pages.
        var packs = targets["pdf"] is not ["/"];
        (string, string) Next(Random random)
        {
            var pick = random.Next(100);
            var kind = Mix.First(m => (pick -= m.Weight) < 0).Kind is var k && k == "pdf" && !packs ? "page" : k;
            return (kind, kind == "search" ? SearchMix.Mixed(random) : targets[kind][random.Next(targets[kind].Length)]);
        }
        // Unmeasured: a minute of the same mix, so every node has compiled, cached and searched before the clock starts.
        await Workload.RunAsync(http, clients, TimeSpan.FromMinutes(1), Next, seed: 99);

        var self = Process.GetCurrentProcess();
        var postmaster = await PostmasterAsync(connectionString);
        double[] Cpu() => [.. nodes.Select(n => n.CpuSeconds()), nginx.CpuSeconds(), ProcessCpu.Seconds(postmaster) + ProcessCpu.ChildrenSeconds(postmaster), self.TotalProcessorTime.TotalSeconds];
        var load = ProcessCpu.LoadAverage();
        var machine = ProcessCpu.Machine();
        self.Refresh();
        var before = Cpu();
        var outcome = await Workload.RunAsync(http, clients, duration, Next);
        self.Refresh();
        var after = Cpu();
        var machineAfter = ProcessCpu.Machine();
        var seconds = outcome.Elapsed.TotalSeconds;
        string Cores(int i) => ((after[i] - before[i]) / seconds).ToString("0.00", CultureInfo.InvariantCulture);
        var names = nodes.Select((_, i) => $"node {i + 1}").Append("nginx").Append("PostgreSQL").Append("load generator").ToList();
        var cpu = string.Join(", ", names.Select((name, i) => $"{name} {Cores(i)} cores")) + string.Create(CultureInfo.InvariantCulture,
            $"; machine {(machineAfter.Busy - machine.Busy) / seconds:0.00} of {(machineAfter.Total - machine.Total) / seconds:0.00} cores busy; load average {load} before, {ProcessCpu.LoadAverage()} after");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{nodes.Count} node(s): {outcome.Requests:N0} requests, {outcome.PerSecond:0} req/s, {outcome.Errors} errors; {cpu}"));
        foreach (var error in outcome.Kinds.Values.SelectMany(k => k.Errors).Take(5))
        {
            Console.WriteLine($"  error: {error}");
        }
        return (outcome, cpu);
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:lib|css|js)/[^\"]+)\"")]
    private static partial Regex Asset();
}
