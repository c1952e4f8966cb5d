using System.Diagnostics;

namespace Quorum.Web.Site;

/// <summary>
/// Adds a <c>Server-Timing: app;dur=…</c> header: the time the server spent on a request, which the load benchmark
/// reads to separate server time from the load generator's own queueing.
/// </summary>
public static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = $"app;dur={ms.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}";
            return Task.CompletedTask;
        });
        await next();
    });
}
