using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

/// <summary>
/// Closed-loop clients for a fixed time, each picking its next request from <c>next</c> (a kind and a path), with the
/// client's latency and the server's own time (<c>Server-Timing</c>) kept per kind.
/// </summary>
internal static class Workload
{
    public sealed class Kind
    {
        public ConcurrentBag<double> Client { get; } = [];
        public ConcurrentBag<double> Server { get; } = [];
        public ConcurrentQueue<string> Errors { get; } = [];
    }

    public sealed record Outcome(IReadOnlyDictionary<string, Kind> Kinds, TimeSpan Elapsed)
    {
        public int Requests => Kinds.Values.Sum(k => k.Client.Count);

        public int Errors => Kinds.Values.Sum(k => k.Errors.Count);

        public double PerSecond => Requests / Elapsed.TotalSeconds;

        public List<double> AllClient() => [.. Kinds.Values.SelectMany(k => k.Client).Order()];
    }

    public static async Task<Outcome> RunAsync(HttpClient http, int clients, TimeSpan duration, Func<Random, (string Kind, string Path)> next, int seed = 0)
    {
        var kinds = new ConcurrentDictionary<string, Kind>();
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var random = new Random(worker * 7919 + seed);
            while (stop.Elapsed < duration)
            {
                var (kindName, path) = next(random);
                var kind = kinds.GetOrAdd(kindName, _ => new Kind());
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    kind.Client.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        kind.Errors.Enqueue($"{(int)response.StatusCode} {path}");
                    }
                    if (response.Headers.TryGetValues("Server-Timing", out var timing) && timing.First().Split("dur=") is [_, var ms])
                    {
                        kind.Server.Add(double.Parse(ms, CultureInfo.InvariantCulture));
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    kind.Client.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    kind.Errors.Enqueue($"{ex.GetType().Name} {path}");
                }
            }
        }));
        return new Outcome(kinds, stop.Elapsed);
    }

    public static double Percentile(IReadOnlyList<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];

    /// <summary>"p50 / p95 / p99" in milliseconds.</summary>
    public static string Percentiles(IEnumerable<double> times)
    {
        var sorted = times.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{Percentile(sorted, 0.5):0.0} / {Percentile(sorted, 0.95):0.0} / {Percentile(sorted, 0.99):0.0}");
    }
}
