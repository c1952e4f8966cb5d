using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

/// <summary>
/// <c>search BASE-URL [clients=100] [seconds=30]</c>: searches as residents ask them, on the search page and the API.
/// Terms are drawn by popularity (Zipf: the tenth term is asked a tenth as often as the first), a third with a type
/// filter, a fifth sorted by date, a tenth on page 2, so a few thousand distinct searches with the repeats a real log
/// has. Two phases: every request a search never asked before (what the engine alone sustains), then the mix.
/// Start the site with the per-address limits off (RateLimits__SearchPerMinute=0 RateLimits__ApiPerMinute=0).
/// </summary>
internal static class SearchMix
{
    private static readonly string[] Terms =
    [
        "budget", "planning", "school", "parking", "housing", "council tax", "library", "licensing", "waste", "care",
        "transport", "scrutiny", "pension", "\"controlled parking zone\"", "regeneration", "children", "highways",
        "consultation", "appeal", "park*", "recycling", "adult social care", "leisure centre", "grant", "audit",
        "treasury", "procurement", "homelessness", "air quality", "flood", "cycle lane", "allotments", "noise",
        "premises licence", "tree preservation", "conservation area", "street lighting", "bus", "youth", "carers",
        "fees and charges", "capital programme", "reserves", "savings", "risk", "member", "petition", "question",
        "call-in", "decision", "minutes", "declaration", "interest", "equality", "climate", "energy", "school places",
        "special educational needs", "\"equality impact assessment\"", "local plan",
    ];

    private static readonly string[] Types = ["agenda-item", "report-page", "minute", "resolution", "executive-decision", "person", "committee"];

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = args[0];
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Console.WriteLine($"{baseUrl}: {clients} clients, {seconds} s per phase, {Terms.Length} terms × {Types.Length + 1} type filters × 2 orders × 2 pages × 2 endpoints");

        // Unmeasured: three seconds of the mix, so JIT and the first queries' costs are not counted.
        await PhaseAsync(http, clients, 3, Mixed);
        var unique = 0L;
        Report("every search new", await PhaseAsync(http, clients, seconds, random => Mixed(random) + "&n=" + Interlocked.Increment(ref unique).ToString(CultureInfo.InvariantCulture)));
        var mixed = await PhaseAsync(http, clients, seconds, Mixed);
        Report("resident mix", mixed);
        return mixed.Errors == 0 ? 0 : 1;
    }

    /// <summary>One resident's search: a term by popularity, sometimes filtered by type, sorted by date or on page 2.</summary>
    public static string Mixed(Random random)
    {
        // Zipf by inverse CDF over the term ranks.
        var term = Terms[Zipf(random, Terms.Length)];
        var path = (random.Next(2) == 0 ? "/search?q=" : "/api/search?q=") + Uri.EscapeDataString(term);
        if (random.Next(3) == 0)
        {
            path += "&type=" + Types[random.Next(Types.Length)];
        }
        if (random.Next(5) == 0)
        {
            path += "&sort=date";
        }
        if (random.Next(10) == 0)
        {
            path += "&page=2";
        }
        return path;
    }

    private static int Zipf(Random random, int count)
    {
        var harmonic = 0.0;
        for (var i = 1; i <= count; i++)
        {
            harmonic += 1.0 / i;
        }
        var target = random.NextDouble() * harmonic;
        for (var i = 1; i <= count; i++)
        {
            target -= 1.0 / i;
            if (target <= 0)
            {
                return i - 1;
            }
        }
        return count - 1;
    }

    private sealed record Outcome(List<double> Latencies, int Errors, TimeSpan Elapsed, string? FirstError);

    private static async Task<Outcome> PhaseAsync(HttpClient http, int clients, int seconds, Func<Random, string> next)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        string? firstError = null;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var random = new Random(worker * 7919 + seconds);
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var path = next(random);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode} {path}", null);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{ex.GetType().Name} {path}", null);
                }
            }
        }));
        return new Outcome([.. latencies.Order()], errors, stop.Elapsed, firstError);
    }

    private static void Report(string phase, Outcome outcome)
    {
        static double P(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
        var l = outcome.Latencies;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase,-17} requests {l.Count,7}  {l.Count / outcome.Elapsed.TotalSeconds,7:0} req/s  errors {outcome.Errors}  p50 {P(l, 0.5):0.0} ms  p95 {P(l, 0.95):0.0} ms  p99 {P(l, 0.99):0.0} ms{(outcome.FirstError is null ? "" : "  first error: " + outcome.FirstError)}"));
    }
}
