using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Quorum.Data;
using Quorum.Demo;

// Usage:
//   quorum-loadtest seed <file.db>                        the demo council (seed 1, fixed reference date) in a new SQLite file
//   quorum-loadtest run <base-url> [clients] [seconds]    load the home, committee and meeting pages
//   quorum-loadtest soak <base-url> [clients] [minutes] [clerk-password]   the realistic mix while a clerk publishes (Soak.cs)
//   quorum-loadtest search <base-url> [clients] [seconds]                  searches by popularity, new and repeated (SearchMix.cs)
//   quorum-loadtest councils <postgres-server> <Quorum.Web.dll> [count] [clients] [seconds]   one council alone and among many (ManyCouncils.cs)
//   quorum-loadtest proxy <postgres> <Quorum.Web.dll> [clients] [minutes]   nginx before one node, then two (ProxyLoad.cs)
if (args is ["soak", _, ..])
{
    return await Soak.RunAsync(args[1..]);
}
if (args is ["search", _, ..])
{
    return await SearchMix.RunAsync(args[1..]);
}
if (args is ["councils", _, _, ..])
{
    return await ManyCouncils.RunAsync(args[1..]);
}
if (args is ["proxy", _, _, ..])
{
    return await ProxyLoad.RunAsync(args[1..]);
}
if (args is ["seed", var file])
{
    var demo = await DemoSeeder.SeedAsync(DatabaseSettings.ForSqliteFile(file), seed: 1);
    Console.WriteLine($"Seeded {Path.GetFullPath(file)} with the demo council as at {demo.ReferenceDate} ({demo.Meetings.Count} meetings)");
    return 0;
}
if (args is not ["run", var baseUrl, ..])
{
    Console.Error.WriteLine("usage: seed <file.db> | run <base-url> [clients=100] [seconds=20] | soak | search | councils | proxy (see Program.cs)");
    return 1;
}
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = new Uri(baseUrl) };

var sitemap = XDocument.Parse(await http.GetStringAsync("/sitemap.xml"));
var paths = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => new Uri(l.Value).PathAndQuery).ToList();
var kinds = new Dictionary<string, string[]>
{
    ["home"] = ["/"],
    ["committee"] = [.. paths.Where(p => p.StartsWith("/committees/", StringComparison.Ordinal))],
    ["meeting"] = [.. paths.Where(p => p.StartsWith("/meetings/", StringComparison.Ordinal) && !p.Contains("/items/", StringComparison.Ordinal))],
};
Console.WriteLine($"{baseUrl}: {kinds["committee"].Length} committee pages, {kinds["meeting"].Length} meeting pages; {clients} clients, {seconds} s per page kind");

foreach (var (kind, targets) in kinds)
{
    // Warm up: every page once, so compilation, first queries and the output cache's first fill are not measured
    // (the cold cost of each page kind is printed separately).
    var cold = Stopwatch.StartNew();
    foreach (var path in targets)
    {
        (await http.GetAsync(path)).Dispose();
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-10} cold fill: {targets.Length} pages one at a time, {cold.Elapsed.TotalMilliseconds / targets.Length:0.0} ms each"));
    // Three unmeasured seconds under full load first, so tiered JIT has settled before anything is recorded.
    var (server, client, errors, elapsed) = await LoadAsync(targets, 3);
    (server, client, errors, elapsed) = await LoadAsync(targets, seconds);
    static double P(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    var s = server.Order().ToList();
    var c = client.Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind,-10} requests {c.Count,7}  {c.Count / elapsed.TotalSeconds,7:0} req/s  errors {errors}  server p50 {P(s, 0.5):0.00} ms p95 {P(s, 0.95):0.00} ms p99 {P(s, 0.99):0.00} ms  client p95 {P(c, 0.95):0.0} ms"));
}
return 0;

async Task<(ConcurrentBag<double> Server, ConcurrentBag<double> Client, int Errors, TimeSpan Elapsed)> LoadAsync(string[] targets, int seconds)
{
    var server = new ConcurrentBag<double>();
    var client = new ConcurrentBag<double>();
    var errors = 0;
    var stop = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
    {
        var random = new Random(worker);
        while (stop.Elapsed.TotalSeconds < seconds)
        {
            var path = targets[random.Next(targets.Length)];
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                client.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
                if (response.Headers.TryGetValues("Server-Timing", out var timing) && timing.First().Split("dur=") is [_, var ms])
                {
                    server.Add(double.Parse(ms, CultureInfo.InvariantCulture));
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }));
    return (server, client, errors, stop.Elapsed);
}
