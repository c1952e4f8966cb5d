using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Quorum.Bench.Corpus;
using Quorum.Search;

namespace Quorum.Bench.Search;

/// <summary>Builds an index from the synthetic corpus, runs the query workload and times incremental pack adds.</summary>
internal static class SearchBenchmark
{
    public static async Task<string> RunAsync(ISearchIndex index, string engine, int pages, ulong seed, bool build, Func<Task<string>> size)
    {
        var report = new StringBuilder();
        void Line(string text)
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        var council = new SyntheticCouncil(seed, pages);
        Line($"## {engine}, {pages:N0} pages, seed {seed}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average before: {LoadAverage()}");
        await index.EnsureCreatedAsync();

        if (build)
        {
            var clock = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var lastReport = TimeSpan.Zero;
            var progress = new Progress<long>(n =>
            {
                if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
                {
                    lastReport = clock.Elapsed;
                    Console.Error.WriteLine($"  {n:N0} documents after {clock.Elapsed.TotalSeconds:N0} s");
                }
            });
            var update = await index.RebuildAsync(Prefetched(council.PacksAsync(pages)), progress);
            // On a shared machine wall time includes waiting for the CPU; the process's CPU time does not.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Line($"- build (generate + load + index + optimize): {clock.Elapsed.TotalSeconds:N1} s wall, {cpu.TotalSeconds:N1} s CPU (generator on a second thread); {update.Indexed:N0} documents indexed, {update.Withheld:N0} exempt withheld; load average after: {LoadAverage()}");
        }
        Line($"- size: {await size()}");
        if (Environment.GetEnvironmentVariable("QUORUM_BENCH_BUILD_ONLY") == "1")
        {
            return report.ToString();
        }

        var workload = SearchWorkload.Create(council, seed + 1);
        var timings = new List<(WorkloadQuery Query, double Ms, SearchResults Results)>();
        var cpuTimes = new List<double>(workload.Count);
        var queriesStarted = DateTime.UtcNow;
        foreach (var query in workload)
        {
            var cpuBefore = ThreadCpu.Milliseconds();
            var clock = Stopwatch.StartNew();
            var results = await index.SearchAsync(query.Request);
            clock.Stop();
            cpuTimes.Add(ThreadCpu.Milliseconds() - cpuBefore);
            if (!results.IsValid)
            {
                throw new InvalidOperationException($"Workload query '{query.Request.Text}' was rejected: {results.Problems[0].Message}");
            }
            timings.Add((query, clock.Elapsed.TotalMilliseconds, results));
        }
        Line("");
        Line($"Query workload ({(DateTime.UtcNow - queriesStarted).TotalSeconds:N0} s, load average after: {LoadAverage()}): {workload.Count:N0} queries, 1 client, top 10 + title highlights + snippets + facets + count (\"2,000+\" when capped). Times in ms.");
        Line("");
        Line("| class | n | p50 | p95 | p99 | max | median hits | capped |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in timings.GroupBy(t => t.Query.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line(Row(group.Key, [.. group]));
        }
        Line(Row("ALL unfiltered", [.. timings.Where(t => !t.Query.Filtered)]));
        Line(Row("ALL filtered", [.. timings.Where(t => t.Query.Filtered)]));
        foreach (var group in timings.Where(t => t.Query.Filtered).GroupBy(t => t.Query.Filter).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line(Row($"filter: {group.Key}", [.. group]));
        }
        Line(Row("**ALL**", timings));
        var queryCpu = cpuTimes.Order().ToList();
        Line("");
        Line(string.Create(CultureInfo.InvariantCulture,
            $"- CPU time of the querying thread, all queries (ms; SQLite only, where the query runs on that thread): p50 {Percentile(queryCpu, 50):N1}, p95 {Percentile(queryCpu, 95):N1}, p99 {Percentile(queryCpu, 99):N1}, max {queryCpu[^1]:N1}"));

        var adds = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var pack = council.Pack(1_000_000 + i, reportPages: 100);
            var clock = Stopwatch.StartNew();
            var update = await index.ReplaceSourceAsync(pack.SourceKey, pack.Documents);
            adds.Add(clock.Elapsed.TotalMilliseconds);
            if (update.Indexed + update.Withheld != 100)
            {
                throw new InvalidOperationException($"Expected a 100-page pack, got {update.Indexed + update.Withheld}.");
            }
        }
        Line("");
        Line($"- incremental add of a 100-page pack (one transaction), 5 packs: {string.Join(", ", adds.Select(a => a.ToString("N0", CultureInfo.InvariantCulture)))} ms; load average after: {LoadAverage()}");
        return report.ToString();
    }

    /// <summary>Generates packs on another thread while the index loads, as an importer reading files would.</summary>
    private static async IAsyncEnumerable<IndexedSource> Prefetched(IAsyncEnumerable<IndexedSource> sources)
    {
        var channel = Channel.CreateBounded<IndexedSource>(256);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var source in sources)
                {
                    await channel.Writer.WriteAsync(source);
                }
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        });
        await foreach (var source in channel.Reader.ReadAllAsync())
        {
            yield return source;
        }
        await producer;
    }

    private static string Row(string label, List<(WorkloadQuery Query, double Ms, SearchResults Results)> rows)
    {
        var ms = rows.Select(r => r.Ms).Order().ToList();
        var hits = rows.Select(r => r.Results.Total).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {rows.Count} | {Percentile(ms, 50):N1} | {Percentile(ms, 95):N1} | {Percentile(ms, 99):N1} | {ms[^1]:N1} | {hits[hits.Count / 2]:N0} | {rows.Count(r => r.Results.TotalIsLowerBound)} |");
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
