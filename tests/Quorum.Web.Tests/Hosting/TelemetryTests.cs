using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// A node started with the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> sends its metrics and request traces there
/// (a stand-in OTLP/HTTP collector on a real socket records what arrives).
/// </summary>
public sealed class TelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_node_given_an_OTLP_endpoint_sends_request_metrics_and_traces_to_it()
    {
        var collectorPort = SiteProcess.FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{collectorPort}/");
        collector.Start();
        var received = new ConcurrentDictionary<string, string>();
        var collecting = CollectAsync(collector, received);

        var database = TestDatabases.NewSqlitePath("telemetry");
        using var site = await SiteProcess.StartAsync(SiteProcess.FreePort(), new Dictionary<string, string>
        {
            ["ConnectionStrings__Quorum"] = database,
            ["Data__Folder"] = Path.GetDirectoryName(database)!,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{collectorPort}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
            ["OTEL_SERVICE_NAME"] = "quorum-telemetry-test",
        });
        using var http = new HttpClient { BaseAddress = site.Address };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", Ct)).StatusCode);

        // Protobuf carries names as plain text: the ASP.NET Core request duration and the service name. An export
        // made before the request was counted holds only the runtime's metrics, so wait for one made after.
        var sent = await SiteProcess.EventuallyAsync(
            () => Task.FromResult(
                received.TryGetValue("/v1/metrics", out var metrics) && metrics.Contains("http.server.request.duration", StringComparison.Ordinal)
                && received.TryGetValue("/v1/traces", out var traces) && traces.Contains("quorum-telemetry-test", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));
        Assert.True(sent, $"the collector received only: {string.Join(", ", received.Keys)}\n{site.Output}");
        collector.Stop();
        await collecting;
    }

    private static async Task CollectAsync(HttpListener collector, ConcurrentDictionary<string, string> received)
    {
        while (collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await collector.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, Ct);
            var path = context.Request.Url!.AbsolutePath;
            received.AddOrUpdate(path, _ => Encoding.Latin1.GetString(body.ToArray()), (_, before) => before + Encoding.Latin1.GetString(body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
