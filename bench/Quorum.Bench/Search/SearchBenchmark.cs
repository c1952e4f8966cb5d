using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Quorum.Bench.Corpus;
using Quorum.Search;

namespace Quorum.Bench.Search;

/// <summary>An index under test: its name in the report, whether to build it, its size on disk, and the CPU its queries use.</summary>
internal sealed record BenchEngine(string Name, ISearchIndex Index, bool Build, Func<Task<string>> Size)
{
    /// <summary>Milliseconds of CPU a database server has used so far, for an engine whose queries run in one (PostgreSQL).</summary>
    public Func<double>? ServerCpu { get; init; }

    /// <summary>CPU spent so far where this engine's queries run: its server, or else the calling thread (SQLite runs queries on it).</summary>
    public double QueryCpu() => ServerCpu is { } server ? server() : ThreadCpu.Milliseconds();

    public string QueryCpuSource => ServerCpu is null ? "the querying thread (the query runs on it)" : "the database server's processes (the query runs there)";
}

/// <summary>Builds an index from the synthetic corpus, runs the query workload and times incremental pack adds.</summary>
internal static class SearchBenchmark
{
    public static Task<string> RunAsync(ISearchIndex index, string engine, int pages, ulong seed, bool build, Func<Task<string>> size) =>
        CompareAsync([new BenchEngine(engine, index, build, size)], pages, seed);

    /// <summary>
    /// Builds each engine's index in turn (where asked), then runs the one workload on all of them in the same run,
    /// query by query in turn, so a change in the machine's load falls on every engine alike.
    /// </summary>
    public static async Task<string> CompareAsync(IReadOnlyList<BenchEngine> engines, int pages, ulong seed)
    {
        var report = new StringBuilder();
        void Line(string text)
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        var council = new SyntheticCouncil(seed, pages);
        foreach (var engine in engines)
        {
            Line($"## {engine.Name}, {pages:N0} pages, seed {seed}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average before: {LoadAverage()}");
            var ensure = Stopwatch.StartNew();
            await engine.Index.EnsureCreatedAsync();
            // Opening an index made by an earlier version can include a one-off upgrade step.
            Line($"- open (EnsureCreated): {ensure.Elapsed.TotalSeconds:N1} s");
            if (engine.Build)
            {
                await BuildAsync(engine, council, pages, Line);
            }
            Line($"- size: {await engine.Size()}");
        }
        if (Environment.GetEnvironmentVariable("QUORUM_BENCH_BUILD_ONLY") == "1")
        {
            return report.ToString();
        }

        var workload = SearchWorkload.Create(council, seed + 1);
        var timings = engines.Select(_ => new List<(WorkloadQuery Query, double Ms, SearchResults Results)>()).ToList();
        var cpuTimes = engines.Select(_ => new List<double>(workload.Count)).ToList();
        var queriesStarted = DateTime.UtcNow;
        var loadBefore = LoadAverage();
        foreach (var query in workload)
        {
            for (var e = 0; e < engines.Count; e++)
            {
                var cpuBefore = engines[e].QueryCpu();
                var clock = Stopwatch.StartNew();
                var results = await engines[e].Index.SearchAsync(query.Request);
                clock.Stop();
                cpuTimes[e].Add(engines[e].QueryCpu() - cpuBefore);
                if (!results.IsValid)
                {
                    throw new InvalidOperationException($"Workload query '{query.Request.Text}' was rejected: {results.Problems[0].Message}");
                }
                timings[e].Add((query, clock.Elapsed.TotalMilliseconds, results));
            }
        }
        var loadAfter = LoadAverage();
        for (var e = 0; e < engines.Count; e++)
        {
            Line("");
            Line($"### {engines[e].Name}: query workload ({(DateTime.UtcNow - queriesStarted).TotalSeconds:N0} s for {(engines.Count == 1 ? "it" : "all engines in turn")}, load average before: {loadBefore}, after: {loadAfter}): {workload.Count:N0} queries, 1 client, top 10 + title highlights + snippets + facets + count (\"2,000+\" when capped). Times in ms.");
            Line("");
            Line("| class | n | p50 | p95 | p99 | max | median hits | capped |");
            Line("|---|---:|---:|---:|---:|---:|---:|---:|");
            var rows = timings[e];
            foreach (var group in rows.GroupBy(t => t.Query.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Line(Row(group.Key, [.. group]));
            }
            Line(Row("ALL unfiltered", [.. rows.Where(t => !t.Query.Filtered)]));
            Line(Row("ALL filtered", [.. rows.Where(t => t.Query.Filtered)]));
            foreach (var group in rows.Where(t => t.Query.Filtered).GroupBy(t => t.Query.Filter).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Line(Row($"filter: {group.Key}", [.. group]));
            }
            // The prefix class by the prefix's length (the PostgreSQL engine keeps prefixes of up to five letters
            // per document and expands longer ones), and every class by whether its total was capped at "2,000+".
            foreach (var group in rows.Where(t => t.Query.Class == "prefix").GroupBy(t => t.Query.Request.Text!.TrimEnd('*').Length).OrderBy(g => g.Key))
            {
                Line(Row($"prefix: {group.Key} letters", [.. group]));
            }
            Line(Row("total exact", [.. rows.Where(t => !t.Results.TotalIsLowerBound)]));
            Line(Row("total \"2,000+\"", [.. rows.Where(t => t.Results.TotalIsLowerBound)]));
            Line(Row("**ALL**", rows));
            var queryCpu = cpuTimes[e].Order().ToList();
            Line("");
            Line(string.Create(CultureInfo.InvariantCulture,
                $"- CPU time per query, {engines[e].QueryCpuSource} (ms): p50 {Percentile(queryCpu, 50):N1}, p95 {Percentile(queryCpu, 95):N1}, p99 {Percentile(queryCpu, 99):N1}, max {queryCpu[^1]:N1}"));
        }
        if (engines.Count > 1)
        {
            Line("");
            Line("### Side by side (ms)");
            Line("");
            Line("| class | " + string.Join(" | ", engines.Select(e => $"{e.Name} p50 / p95 / p99")) + " |");
            Line("|---|" + string.Concat(engines.Select(_ => "---:|")));
            foreach (var label in timings[0].Select(t => t.Query.Class).Distinct().Order(StringComparer.Ordinal).Append("ALL"))
            {
                var cells = timings.Select(rows =>
                {
                    var ms = rows.Where(r => label == "ALL" || r.Query.Class == label).Select(r => r.Ms).Order().ToList();
                    return string.Create(CultureInfo.InvariantCulture, $"{Percentile(ms, 50):N1} / {Percentile(ms, 95):N1} / {Percentile(ms, 99):N1}");
                });
                Line($"| {label} | {string.Join(" | ", cells)} |");
            }
            Line("");
            Line($"- results agree: {Agreement(timings)}");
        }

        foreach (var engine in engines)
        {
            var adds = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var pack = council.Pack(1_000_000 + i, reportPages: 100);
                var clock = Stopwatch.StartNew();
                var update = await engine.Index.ReplaceSourceAsync(pack.SourceKey, pack.Documents);
                adds.Add(clock.Elapsed.TotalMilliseconds);
                if (update.Indexed + update.Withheld != 100)
                {
                    throw new InvalidOperationException($"Expected a 100-page pack, got {update.Indexed + update.Withheld}.");
                }
            }
            Line("");
            Line($"- {engine.Name}: incremental add of a 100-page pack (one transaction), 5 packs: {string.Join(", ", adds.Select(a => a.ToString("N0", CultureInfo.InvariantCulture)))} ms; load average after: {LoadAverage()}");
        }
        return report.ToString();
    }

    private static async Task BuildAsync(BenchEngine engine, SyntheticCouncil council, int pages, Action<string> line)
    {
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var serverCpuBefore = engine.ServerCpu?.Invoke();
        var lastReport = TimeSpan.Zero;
        var progress = new Progress<long>(n =>
        {
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = clock.Elapsed;
                Console.Error.WriteLine($"  {n:N0} documents after {clock.Elapsed.TotalSeconds:N0} s");
            }
        });
        var update = await engine.Index.RebuildAsync(Prefetched(council.PacksAsync(pages)), progress);
        // On a shared machine wall time includes waiting for the CPU; the process's CPU time does not.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var server = engine.ServerCpu is { } serverCpu
            ? string.Create(CultureInfo.InvariantCulture, $", {(serverCpu() - serverCpuBefore!.Value) / 1000:N1} s CPU of the database server")
            : "";
        line($"- build (generate + load + index + optimize): {clock.Elapsed.TotalSeconds:N1} s wall, {cpu.TotalSeconds:N1} s CPU of this process (generator on a second thread){server}; {update.Indexed:N0} documents indexed, {update.Withheld:N0} exempt withheld; load average after: {LoadAverage()}");
    }

    /// <summary>
    /// How often the engines found the same number of matches (both capped counts as the same): a check that the
    /// side-by-side times are for the same work. Stemming and stop words differ a little between the engines.
    /// </summary>
    private static string Agreement(List<List<(WorkloadQuery Query, double Ms, SearchResults Results)>> timings)
    {
        var same = 0;
        for (var i = 0; i < timings[0].Count; i++)
        {
            var first = timings[0][i].Results;
            if (timings.All(rows => rows[i].Results.TotalIsLowerBound == first.TotalIsLowerBound
                && (first.TotalIsLowerBound || rows[i].Results.Total == first.Total)))
            {
                same++;
            }
        }
        var capped = timings.Select(rows => rows.Count(r => r.Results.TotalIsLowerBound));
        return string.Create(CultureInfo.InvariantCulture,
            $"{same:N0} of {timings[0].Count:N0} queries found the same number of matches (\"2,000+\" counting as one number); capped per engine: {string.Join(", ", capped)}");
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
