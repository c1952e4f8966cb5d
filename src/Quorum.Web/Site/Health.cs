using System.Reflection;
using NodaTime;
using Quorum.Data;

namespace Quorum.Web.Site;

/// <summary><c>/health</c>: whether the database answers and has the current schema, which build is running, and its memory.</summary>
public static class Health
{
    private static readonly string Version =
        typeof(Health).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (DatabaseSettings settings, IClock clock, CancellationToken cancellationToken) =>
        {
            var status = await QuorumDatabase.CheckAsync(settings, clock, cancellationToken);
            var ok = status.Reachable && status.SchemaCurrent;
            var body = new
            {
                status = ok ? "ok" : "unhealthy",
                version = Version,
                database = new
                {
                    provider = status.Provider.ToString(),
                    reachable = status.Reachable,
                    migrationApplied = status.SchemaCurrent,
                    latestMigration = status.LatestMigration,
                },
                // For monitoring and the soak test: a process whose memory only grows is leaking.
                process = new
                {
                    workingSetMegabytes = Math.Round(Environment.WorkingSet / 1048576.0, 1),
                    managedHeapMegabytes = Math.Round(GC.GetTotalMemory(forceFullCollection: false) / 1048576.0, 1),
                    uptimeSeconds = (long)(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalSeconds,
                },
            };
            return Results.Json(body, statusCode: ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).WithSummary("Whether the site and its database answer (for monitoring).");
}
