using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

/// <summary>
/// <c>soak BASE-URL [clients=200] [minutes=10] [clerk-password]</c>: a realistic mix (pages, search, API, feeds, PDF
/// packs) from many clients for minutes on end, while a clerk signs in and keeps creating meetings and publishing
/// their agendas (each publication evicts the cache, builds a pack and updates search). Every minute it prints
/// requests, errors, p50/p99 per kind and the server's memory from <c>/health</c>; at the end, whether memory grew.
/// Start the site with the per-address limits off (RateLimits__SearchPerMinute=0 RateLimits__ApiPerMinute=0):
/// every client here is one address.
/// </summary>
internal static partial class Soak
{
    private static readonly string[] Words = ["budget", "planning", "school", "parking", "library", "housing", "council tax", "licensing", "waste", "scrutiny", "care", "transport"];

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args[0];
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var minutes = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        var clerkPassword = args.Length > 3 ? args[3] : "clerk-demo-password";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

        var targets = await TargetsAsync(http);
        Console.WriteLine(string.Join(", ", targets.Select(t => $"{t.Key} {t.Value.Length}")) + $"; {clients} clients for {minutes} minutes");
        var mix = new (string Kind, int Weight)[] { ("page", 55), ("search", 15), ("api", 15), ("feed", 10), ("pdf", 5) };
        var stats = new ConcurrentDictionary<string, Window>();
        var stop = Stopwatch.StartNew();
        var duration = TimeSpan.FromMinutes(minutes);
        var clerk = ClerkAsync(baseUrl, clerkPassword, stats, () => stop.Elapsed < duration);
        var memory = new List<(int Minute, double WorkingSet, double Heap)>();
        var reporter = Task.Run(async () =>
        {
            var minute = 0;
            while (stop.Elapsed < duration)
            {
                await Task.Delay(TimeSpan.FromMinutes(1) - TimeSpan.FromMilliseconds(stop.ElapsedMilliseconds % 60_000));
                minute++;
                var (workingSet, heap) = await MemoryAsync(http);
                memory.Add((minute, workingSet, heap));
                var lines = stats.OrderBy(s => s.Key).Select(s => s.Value.TakeLine(s.Key));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"minute {minute}: server working set {workingSet:0} MB, managed heap {heap:0} MB"));
                foreach (var line in lines)
                {
                    Console.WriteLine("  " + line);
                }
            }
        });
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var random = new Random(worker);
            while (stop.Elapsed < duration)
            {
                var pick = random.Next(100);
                var kind = mix.First(m => (pick -= m.Weight) < 0).Kind;
                var path = kind == "search"
                    ? (random.Next(2) == 0 ? "/search?q=" : "/api/search?q=") + Uri.EscapeDataString(Words[random.Next(Words.Length)])
                    : targets[kind][random.Next(targets[kind].Length)];
                var window = stats.GetOrAdd(kind, _ => new Window());
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    window.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {path}");
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    window.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"{ex.GetType().Name} {path}");
                }
            }
        }));
        await clerk;
        await reporter;
        var errors = stats.Values.Sum(w => w.TotalErrors);
        var requests = stats.Values.Sum(w => w.TotalRequests);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {requests:N0} requests in {stop.Elapsed.TotalMinutes:0.0} min ({requests / stop.Elapsed.TotalSeconds:0} req/s), {errors} errors"));
        foreach (var (kind, window) in stats.OrderBy(s => s.Key))
        {
            Console.WriteLine("  " + window.TotalLine(kind));
        }
        if (memory.Count >= 3)
        {
            // Growth: the last third's average against the second third's (the first minute includes warm-up).
            var third = memory.Count / 3;
            var middle = memory.Skip(third).Take(third).Average(m => m.WorkingSet);
            var last = memory.Skip(2 * third).Average(m => m.WorkingSet);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory: working set {memory.Min(m => m.WorkingSet):0}–{memory.Max(m => m.WorkingSet):0} MB; last third {last:0} MB against middle third {middle:0} MB ({(last - middle) / middle * 100:+0.0;-0.0}%)"));
        }
        return errors == 0 ? 0 : 1;
    }

    internal static async Task<Dictionary<string, string[]>> TargetsAsync(HttpClient http)
    {
        var sitemap = XDocument.Parse(await http.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => new Uri(l.Value).PathAndQuery).ToList();
        var pdfs = new List<string>();
        foreach (var meeting in paths.Where(p => p.StartsWith("/meetings/", StringComparison.Ordinal) && !p.Contains("/items/", StringComparison.Ordinal)).Take(80))
        {
            var page = await http.GetStringAsync(meeting);
            pdfs.AddRange(PackLink().Matches(page).Select(m => m.Groups[1].Value));
        }
        using var bodies = JsonDocument.Parse(await http.GetStringAsync("/oparl/v1.1/bodies"));
        var body = bodies.RootElement.GetProperty("data")[0];
        string[] api = [.. new[] { "meeting", "paper", "person", "organization", "agendaItem" }.Select(list => new Uri(body.GetProperty(list).GetString()!).PathAndQuery), "/oparl/v1.1/system", "/export/meetings.csv"];
        return new()
        {
            ["page"] = [.. paths],
            ["api"] = api,
            ["feed"] = ["/feeds/meetings.ics", "/feeds/documents.rss", "/feeds/decisions.atom"],
            ["pdf"] = pdfs.Count > 0 ? [.. pdfs.Distinct()] : ["/"],
        };
    }

    /// <summary>The clerk's day at speed: a new meeting of a body every few seconds, its agenda published at once.</summary>
    private static async Task ClerkAsync(string baseUrl, string password, ConcurrentDictionary<string, Window> stats, Func<bool> running)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var window = stats.GetOrAdd("clerk", _ => new Window());
        async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string formPage)
        {
            var page = await http.GetStringAsync(formPage);
            fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
            return await http.PostAsync(path, new FormUrlEncodedContent(fields));
        }
        (await PostAsync("/admin/sign-in", new() { ["UserName"] = "clerk", ["Password"] = password }, "/admin/sign-in")).Dispose();
        var form = await http.GetStringAsync("/admin/meetings/new");
        var committees = CommitteeOption().Matches(form).Select(m => m.Groups[1].Value).ToList();
        var day = 0;
        while (running())
        {
            var started = Stopwatch.GetTimestamp();
            string? error = null;
            try
            {
                var date = DateTime.UtcNow.Date.AddDays(200 + day++).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                using var created = await PostAsync("/admin/meetings/new", new() { ["CommitteeId"] = committees[day % committees.Count], ["Date"] = date, ["StartTime"] = "19:00", ["Venue"] = "Council Chamber" }, "/admin/meetings/new");
                if (created.StatusCode != HttpStatusCode.Redirect)
                {
                    error = $"create meeting answered {(int)created.StatusCode}";
                }
                else
                {
                    var meeting = created.Headers.Location!.OriginalString;
                    using var published = await PostAsync(meeting + "?handler=Publish", [], meeting);
                    error = published.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK ? null : $"publish answered {(int)published.StatusCode}";
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                error = ex.GetType().Name;
            }
            window.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds, error);
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private static async Task<(double WorkingSet, double Heap)> MemoryAsync(HttpClient http)
    {
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health"));
        var process = health.RootElement.GetProperty("process");
        return (process.GetProperty("workingSetMegabytes").GetDouble(), process.GetProperty("managedHeapMegabytes").GetDouble());
    }

    /// <summary>Timings of one kind of request: this minute's, and the whole run's.</summary>
    private sealed class Window
    {
        private readonly List<double> minute = [];
        private readonly List<double> all = [];
        private readonly List<string> errors = [];
        private int minuteErrors;

        public int TotalRequests { get { lock (all) { return all.Count; } } }

        public int TotalErrors { get { lock (all) { return errors.Count; } } }

        public void Add(double milliseconds, string? error)
        {
            lock (all)
            {
                minute.Add(milliseconds);
                all.Add(milliseconds);
                if (error is not null)
                {
                    minuteErrors++;
                    errors.Add(error);
                }
            }
        }

        public string TakeLine(string kind)
        {
            lock (all)
            {
                var line = Line(kind, minute, minuteErrors);
                minute.Clear();
                minuteErrors = 0;
                return line;
            }
        }

        public string TotalLine(string kind)
        {
            lock (all)
            {
                return Line(kind, all, errors.Count) + (errors.Count == 0 ? "" : "; first errors: " + string.Join(", ", errors.Take(3)));
            }
        }

        private static string Line(string kind, List<double> times, int errorCount)
        {
            var sorted = times.Order().ToList();
            double P(double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
            return string.Create(CultureInfo.InvariantCulture, $"{kind,-7} {sorted.Count,8} requests  {errorCount} errors  p50 {P(0.5),8:0.0} ms  p99 {P(0.99),8:0.0} ms");
        }
    }

    [GeneratedRegex("href=\"(/meetings/[^\"]+/agenda\\.pdf)\"")]
    private static partial Regex PackLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\"")]
    private static partial Regex CommitteeOption();
}
