using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Quorum.Bench.OpenData;

/// <summary>
/// Load generator for the OParl API of a running Quorum host: a full crawl from System (every URL followed once,
/// as a re-publisher does), then list pages fetched by many concurrent clients, with latency percentiles.
/// </summary>
public static class OParlBench
{
    public static async Task<int> RunAsync(string baseUrl, int clients, int requests)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(baseUrl) };
        var prefix = new Uri(http.BaseAddress, "/oparl/v1.1").ToString();

        var crawl = Stopwatch.StartNew();
        var seen = new ConcurrentDictionary<string, bool>();
        var objects = new ConcurrentDictionary<string, bool>();
        var lists = new ConcurrentBag<string>();
        var pending = new ConcurrentQueue<string>([prefix + "/"]);
        seen[prefix + "/"] = true;
        var active = 0;
        var fetched = 0;
        async Task Worker()
        {
            while (true)
            {
                if (!pending.TryDequeue(out var url))
                {
                    if (Volatile.Read(ref active) == 0)
                    {
                        return;
                    }
                    await Task.Delay(1);
                    continue;
                }
                Interlocked.Increment(ref active);
                var json = JsonNode.Parse(await http.GetStringAsync(url))!;
                Interlocked.Increment(ref fetched);
                if (json["data"] is not null)
                {
                    lists.Add(url);
                }
                Visit(json, link =>
                {
                    if (link.StartsWith(prefix, StringComparison.Ordinal) && !link.EndsWith("/access", StringComparison.Ordinal)
                        && !link.EndsWith("/download", StringComparison.Ordinal) && seen.TryAdd(link, true))
                    {
                        pending.Enqueue(link);
                    }
                }, objects);
                Interlocked.Decrement(ref active);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Worker()));
        crawl.Stop();
        Console.WriteLine($"| full OParl crawl | {fetched:N0} requests, {objects.Count:N0} objects | {crawl.Elapsed.TotalSeconds:F1} s (4 clients) |");

        var pages = lists.ToArray();
        var latencies = new ConcurrentBag<double>();
        var server = new ConcurrentBag<double>();
        var next = -1;
        var load = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(pages[i % pages.Length]);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                // The host's own time (Server-Timing from its first middleware), apart from queueing on shared cores.
                if (response.Headers.TryGetValues("Server-Timing", out var timing) && timing.First().Split("dur=") is [_, var ms])
                {
                    server.Add(double.Parse(ms, CultureInfo.InvariantCulture));
                }
            }
        }));
        load.Stop();
        var sorted = latencies.Order().ToArray();
        var serverSorted = server.Order().ToArray();
        static double P(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| list pages ({pages.Length} distinct, ≤100 objects each), {clients} clients | {requests:N0} requests, {requests / load.Elapsed.TotalSeconds:F0} req/s | client p50 {P(sorted, 0.5):F1} ms, p95 {P(sorted, 0.95):F1} ms, p99 {P(sorted, 0.99):F1} ms; server p95 {P(serverSorted, 0.95):F2} ms |"));
        return 0;
    }

    private static void Visit(JsonNode? node, Action<string> link, ConcurrentDictionary<string, bool> objects)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue && obj["id"] is JsonValue id)
                {
                    objects.TryAdd((string)id!, true);
                }
                foreach (var (name, value) in obj)
                {
                    if (name is not ("first" or "last" or "prev"))
                    {
                        Visit(value, link, objects);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item, link, objects);
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith("http", StringComparison.Ordinal):
                link(text);
                break;
        }
    }
}
